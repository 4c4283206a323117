-- A group's roles in the order they were assigned, as the reference server lists them (R11):
-- the position is written with each role; rows written before this migration keep position 0
-- and come in the order of their role.
alter table group_roles add column position integer not null default 0;
