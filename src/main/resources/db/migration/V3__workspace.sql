-- In-app notifications: escalations and SLA breaches for supervisors, reassignments for advocates.
-- They name a case, a task and staff users only; what a caller said never goes here.
create table notification (
    id              bigserial primary key,
    kind            varchar(40)  not null,
    case_number     varchar(20),
    task_id         varchar(64),
    task_key        varchar(255),
    task_name       varchar(255),
    recipient_user  varchar(255),
    recipient_group varchar(255),
    actor           varchar(255),
    subject_user    varchar(255),
    created_at      timestamptz  not null,
    constraint notification_has_recipient check (recipient_user is not null or recipient_group is not null)
);
create index notification_by_user on notification (recipient_user, created_at desc) where recipient_user is not null;
create index notification_by_group on notification (recipient_group, created_at desc) where recipient_group is not null;

create table notification_read (
    notification_id bigint      not null references notification (id) on delete cascade,
    user_id         varchar(255) not null,
    read_at         timestamptz not null,
    primary key (notification_id, user_id)
);

-- A supervisor raising the level from the board is a third kind of assessment.
alter table risk_assessment alter column kind type varchar(20);
comment on column risk_assessment.kind is 'DECISION (the table), CONFIRMATION (an advocate) or SUPERVISOR_RAISE';
