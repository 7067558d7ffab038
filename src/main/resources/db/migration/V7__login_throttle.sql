-- Login throttling, shared by every node: failed logins counted per user name from one source address
-- (SOURCE_USER), per source address (SOURCE) and per user name from every source (USER), with the time until which
-- each must wait. A user name is kept as its SHA-256 (a password typed into the name field must not lie here in
-- clear); user_id names it only when it is an existing user. Rows whose window and wait are over are deleted.
create table login_throttle (
    id              bigserial    primary key,
    throttle_key    varchar(200) not null unique,
    scope           varchar(16)  not null check (scope in ('SOURCE_USER', 'SOURCE', 'USER')),
    source          varchar(64),
    user_hash       char(64),
    user_id         varchar(64),
    failures        integer      not null,
    window_start    timestamptz  not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    -- Attempts refused during the current wait, without their password being checked.
    refused         integer      not null default 0,
    -- While a password of this user name from this source is being checked, a second attempt waits for it.
    checking_until  timestamptz
);
create index login_throttle_blocked on login_throttle (blocked_until) where blocked_until is not null;

-- Sources a user logged in from, and when last: the lock of a user name across sources does not apply from them.
create table login_known_source (
    user_hash        char(64)    not null,
    source           varchar(64) not null,
    last_success_at  timestamptz not null,
    primary key (user_hash, source)
);
