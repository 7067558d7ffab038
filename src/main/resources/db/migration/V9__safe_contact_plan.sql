-- How the caller may be reached safely: which channels are safe (a call heard, a text read or a voicemail played by
-- the trafficker can put the caller in danger), when, the code word that confirms it is safe to talk, or not to
-- contact the caller at all. One plan per case, replaced as a whole when it changes. The free text (times, code
-- word, note) is personal data, stored encrypted ("enc:v1:<keyId>:<base64>") and cleared by retention; the channels
-- are codes (CALL, TEXT, VOICEMAIL, EMAIL, comma-separated; empty: none is safe).
create table safe_contact_plan (
    id              bigserial    primary key,
    case_id         bigint       not null unique references hotline_case (id),
    channels        varchar(60)  not null default '',
    safe_times      text,
    code_word       text,
    do_not_contact  boolean      not null,
    note            text,
    updated_by      varchar(64)  not null,
    updated_at      timestamptz  not null,
    constraint safe_contact_plan_no_channel_when_do_not_contact check (not do_not_contact or channels = '')
);
