-- The case file: everything the hotline knows about a case. The process engine keeps only ids and routing facts.

create sequence case_number_seq start with 1 increment by 1 no cycle;

create table hotline_case (
    id                   bigserial primary key,
    case_number          varchar(20)  not null unique,
    status               varchar(10)  not null,
    channel              varchar(10)  not null,
    caller_type          varchar(12)  not null,
    language             varchar(3)   not null,
    province             varchar(2)   not null,
    municipality         varchar(120),
    imminent_danger      boolean      not null,
    trafficking_type     varchar(10)  not null,
    detail_sufficient    boolean      not null,
    minor_status         varchar(20),
    risk_level           varchar(10),
    reporting_action     varchar(40),
    protocol_id          uuid,
    protocol_version     integer,
    protocol_level       varchar(12),
    process_instance_id  varchar(64),
    opened_at            timestamptz  not null,
    opened_by            varchar(64)  not null,
    closed_at            timestamptz,
    closure_reason       varchar(30),
    version              bigint       not null default 0
);
create index hotline_case_status_risk on hotline_case (status, risk_level);
create index hotline_case_province on hotline_case (province);

-- The person the case is about: as little as the routing needs.
create table case_person (
    case_id             bigint primary key references hotline_case (id),
    age_years           integer,
    appears_minor       boolean,
    still_in_situation  boolean
);

create table case_indicator (
    case_id         bigint      not null references hotline_case (id),
    indicator_code  varchar(40) not null,
    primary key (case_id, indicator_code)
);

create table case_need (
    case_id    bigint      not null references hotline_case (id),
    need_code  varchar(40) not null,
    primary key (case_id, need_code)
);

-- Each contact with the hotline about the case, the first one included. Holds what the caller said.
create table case_contact (
    id               bigserial primary key,
    case_id          bigint       not null references hotline_case (id),
    channel          varchar(10)  not null,
    caller_type      varchar(12)  not null,
    language         varchar(3)   not null,
    summary          text,
    caller_name      varchar(200),
    callback_number  varchar(40),
    received_at      timestamptz  not null,
    received_by      varchar(64)  not null
);
create index case_contact_case on case_contact (case_id);

-- Who has worked on a case: advocates see these cases in their lists.
create table case_participant (
    case_id    bigint      not null references hotline_case (id),
    user_id    varchar(64) not null,
    first_at   timestamptz not null,
    primary key (case_id, user_id)
);
create index case_participant_user on case_participant (user_id);

create table risk_assessment (
    id                 bigserial primary key,
    case_id            bigint       not null references hotline_case (id),
    kind               varchar(12)  not null,   -- DECISION (the table) or CONFIRMATION (an advocate)
    risk_level         varchar(10)  not null,
    previous_level     varchar(10),
    reason             varchar(300) not null,
    sla_first_action   varchar(20)  not null,
    task_priority      integer      not null,
    imminent_danger    boolean      not null,
    minor              boolean      not null,
    indicator_count    integer      not null,
    still_in_situation boolean      not null,
    decision_version   integer,
    assessed_by        varchar(64)  not null,
    assessed_at        timestamptz  not null
);
create index risk_assessment_case on risk_assessment (case_id);

-- The consent ledger: rows are appended; withdrawal marks a row, never deletes it.
create table consent (
    id             bigserial primary key,
    case_id        bigint       not null references hotline_case (id),
    purpose        varchar(40)  not null,
    recipient      varchar(200),
    granted        boolean      not null,
    method         varchar(20)  not null,
    wording        text         not null,
    recorded_by    varchar(64)  not null,
    recorded_at    timestamptz  not null,
    withdrawn_at   timestamptz,
    withdrawn_by   varchar(64)
);
create index consent_case on consent (case_id);

create table referral (
    id                 bigserial primary key,
    case_id            bigint       not null references hotline_case (id),
    service_id         uuid         not null,
    service_name       varchar(300) not null,
    organization_name  varchar(300) not null,
    score              integer      not null,
    status             varchar(20)  not null,
    proposed_at        timestamptz  not null,
    sent_at            timestamptz,
    sent_by            varchar(64),
    updated_at         timestamptz  not null
);
create index referral_case on referral (case_id);

create table report (
    id               bigserial primary key,
    case_id          bigint       not null references hotline_case (id),
    action           varchar(40)  not null,
    task_id          varchar(64),             -- the report task while the report is pending
    status           varchar(12)  not null,   -- PENDING, SENT, CANCELLED, NOT_MADE
    consent_based    boolean      not null,
    legal_ground     varchar(40),
    approved_by      varchar(64),
    agency           varchar(200),
    channel          varchar(20),
    contact          varchar(200),
    reference        varchar(100),
    response_note    text,
    override_reason  text,
    created_at       timestamptz  not null,
    reported_at      timestamptz,
    reported_by      varchar(64),
    closed_reason    varchar(200)
);
create index report_case on report (case_id);

create table follow_up (
    id            bigserial primary key,
    case_id       bigint       not null references hotline_case (id),
    attempt       integer      not null,
    outcome       varchar(30)  not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null
);
create index follow_up_case on follow_up (case_id);

-- What happened, in order. detail holds codes and names of things, never what the caller said;
-- note holds an advocate's free text and is personal data.
create table timeline_event (
    id           bigserial primary key,
    case_id      bigint       not null references hotline_case (id),
    occurred_at  timestamptz  not null,
    type         varchar(40)  not null,
    actor        varchar(64)  not null,
    detail       varchar(500),
    note         text
);
create index timeline_event_case on timeline_event (case_id, occurred_at);

-- Exactly-once intake: the key, who used it, a hash of the request and the case it opened.
create table idempotency_key (
    idempotency_key  varchar(200) not null,
    user_id          varchar(64)  not null,
    request_hash     varchar(64)  not null,
    case_number      varchar(20),
    created_at       timestamptz  not null,
    primary key (user_id, idempotency_key)
);

-- Migrations of running process instances between versions of a process: who, when, what moved and what did not.
create table process_migration (
    id                  bigserial primary key,
    process_key         varchar(255) not null,
    source_version      integer      not null,
    target_version      integer      not null,
    submitted           integer      not null,   -- instances handed to the migration batch
    skipped             jsonb        not null,   -- [{processInstanceId, businessKey, reason}]
    batch_id            varchar(64),
    requested_by        varchar(64)  not null,
    requested_at        timestamptz  not null
);
