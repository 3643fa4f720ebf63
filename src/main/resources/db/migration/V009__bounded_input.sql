-- Names and titles no longer keep bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069): they made a
-- name display as something else than it is. New input has them stripped; this strips those already stored
-- (a name left empty falls back to the username, the slug, or "Class").
UPDATE app_user
   SET display_name = COALESCE(NULLIF(btrim(regexp_replace(display_name, '[\u202A-\u202E\u2066-\u2069]', '', 'g')), ''), username)
 WHERE display_name ~ '[\u202A-\u202E\u2066-\u2069]';
UPDATE bank
   SET title = COALESCE(NULLIF(btrim(regexp_replace(title, '[\u202A-\u202E\u2066-\u2069]', '', 'g')), ''), slug)
 WHERE title ~ '[\u202A-\u202E\u2066-\u2069]';
UPDATE school_class
   SET name = COALESCE(NULLIF(btrim(regexp_replace(name, '[\u202A-\u202E\u2066-\u2069]', '', 'g')), ''), 'Class')
 WHERE name ~ '[\u202A-\u202E\u2066-\u2069]';
