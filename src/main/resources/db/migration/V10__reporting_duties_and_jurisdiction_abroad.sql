-- A case may be about a person outside Canada: its jurisdiction is then a country (ISO 3166-1 alpha-2) instead of a
-- province or territory, never both, never neither.
alter table hotline_case alter column province drop not null;
alter table hotline_case add column country varchar(2);
alter table hotline_case add constraint hotline_case_one_jurisdiction
    check ((province is null) <> (country is null));

-- Every reporting duty the decision found for a case, each with its legal ground: duties add up, one row each.
create table reporting_duty (
    case_id           bigint       not null references hotline_case (id),
    duty              varchar(40)  not null,
    legal_ground      varchar(40),
    reason            varchar(300) not null,
    verified          boolean      not null,
    decision_version  integer,
    decided_at        timestamptz  not null,
    primary key (case_id, duty)
);

-- An emergency report is made at once and reviewed by a supervisor afterwards.
alter table report add column review_outcome varchar(20);
alter table report add column reviewed_by    varchar(64);
alter table report add column reviewed_at    timestamptz;

-- A legal rule (a row of a decision table) not yet verified by counsel: designers get one check per row and decision
-- version, however many cases meet it.
create table legal_rule_check (
    id                   bigserial    primary key,
    decision_key         varchar(100) not null,
    decision_version     integer      not null,
    rule                 varchar(100) not null,
    label                varchar(300) not null,
    process_instance_id  varchar(64),
    opened_at            timestamptz  not null,
    outcome              varchar(20),
    outcome_by           varchar(64),
    outcome_at           timestamptz,
    outcome_note         text,                    -- the source counsel checked: act, section, date
    unique (decision_key, decision_version, rule)
);

-- What a case rests on that is uncertain, shown on the case as a warning naming the rule. No personal data.
create table case_warning (
    case_id           bigint       not null references hotline_case (id),
    decision_key      varchar(100) not null,
    rule              varchar(100) not null,
    decision_version  integer      not null,
    message           varchar(500) not null,
    created_at        timestamptz  not null,
    primary key (case_id, decision_key, rule)
);
