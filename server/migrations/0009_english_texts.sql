-- The texts the server writes, in English too: every answer is in the language of its
-- Accept-Language (French by default). What was kept before stays readable: without its
-- English, a text is said in French.

-- The catalogue's words of each application (its name, roles and contact are names, the same in both).
alter table applications add column theme_en text;
alter table applications add column description_en text;
alter table applications add column target_public_en text;
alter table applications add column procedure_text_en text;

-- R14: a history entry's summary, written in both languages at the time of the change.
alter table history add column summary_en text;

-- R5: the language the first answer to a key was written in, so that a replay says it.
alter table idempotency_keys add column language text check (language in ('fr', 'en'));
