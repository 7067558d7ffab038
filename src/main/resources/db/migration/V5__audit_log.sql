-- The audit log: every read of a case file and every change, who and when, never the personal values.
-- Append-only: the triggers refuse updates, deletes and truncation, and each row carries the SHA-256 of its
-- content and of the row before it, so that GET /api/audit/verify finds any row changed or removed behind them.
create table audit_event (
    id            bigint       primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(255) not null,
    action        varchar(40)  not null,
    case_number   varchar(20),
    view_name     varchar(40),
    detail        varchar(500),
    previous_hash char(64),
    hash          char(64)     not null
);
create sequence audit_event_id_seq;
create index audit_event_by_case on audit_event (case_number, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
