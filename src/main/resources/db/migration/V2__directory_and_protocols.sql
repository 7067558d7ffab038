-- The resource directory, aligned with Open Referral HSDS 3.0 (ids are UUIDs).

create table organization (
    id           uuid primary key,
    name         varchar(300) not null,
    description  text,
    email        varchar(200),
    website      varchar(300),
    kind         varchar(30)  not null   -- NGO, LAW_ENFORCEMENT, GOVERNMENT, COALITION
);

create table service (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    name             varchar(300) not null,
    description      text,
    status           varchar(30)  not null,   -- active, inactive, defunct, temporarily closed
    email            varchar(200),
    accepting_referrals boolean   not null default true,
    interpretation_available boolean not null default false,
    open_24_7        boolean      not null default false,
    assured_date     date
);
create index service_organization on service (organization_id);

create table service_need (
    service_id  uuid        not null references service (id),
    need_code   varchar(40) not null,
    primary key (service_id, need_code)
);
create index service_need_code on service_need (need_code);

create table service_population (
    service_id       uuid        not null references service (id),
    population_code  varchar(40) not null,
    primary key (service_id, population_code)
);

create table language (
    id          uuid primary key,
    service_id  uuid        not null references service (id),
    code        varchar(3)  not null
);
create index language_service on language (service_id);

-- extent: CA (national), CA-QC (province or territory, ISO 3166-2) or CA-QC:Montréal (municipality)
create table service_area (
    id           uuid primary key,
    service_id   uuid         not null references service (id),
    extent       varchar(200) not null,
    extent_type  varchar(20)  not null default 'text'
);
create index service_area_extent on service_area (extent);

create table phone (
    id          uuid primary key,
    service_id  uuid        references service (id),
    organization_id uuid    references organization (id),
    number      varchar(40) not null,
    description varchar(200)
);

-- Referral-and-reporting protocols, one per jurisdiction level, versioned.
create table protocol (
    id              uuid primary key,
    province        varchar(2),             -- null: the national fallback
    municipality    varchar(120),           -- null: province-wide
    lead_agency     varchar(300) not null,
    reporting_channel varchar(300) not null,
    owner_group     varchar(64)  not null,
    review_due      date         not null,
    version         integer      not null,
    in_place        boolean      not null,  -- false: no partnership yet, contacts are the general ones
    notes           text,
    updated_by      varchar(64)  not null,
    updated_at      timestamptz  not null
);
create unique index protocol_jurisdiction on protocol (coalesce(province, ''), coalesce(lower(municipality), ''));

create table protocol_contact (
    protocol_id   uuid         not null references protocol (id),
    position      integer      not null,
    agency        varchar(300) not null,
    unit          varchar(300),
    role          varchar(20)  not null,   -- PRIMARY, AFTER_HOURS, ESCALATION
    name          varchar(200),
    phone         varchar(40),
    email         varchar(200),
    availability  varchar(200),
    primary key (protocol_id, position)
);

create table protocol_crisis_provider (
    protocol_id   uuid         not null references protocol (id),
    position      integer      not null,
    name          varchar(300) not null,
    phone         varchar(40),
    availability  varchar(200),
    primary key (protocol_id, position)
);
