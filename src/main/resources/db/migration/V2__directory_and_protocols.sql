-- The resource directory in Open Referral HSDS 3.0 tables (ids are UUIDs), a read model for matching, and the
-- referral-and-reporting protocols with their versions.

create table taxonomy (
    id           uuid primary key,
    name         varchar(200) not null,
    description  text,
    uri          varchar(500),
    version      varchar(50)
);

create table taxonomy_term (
    id           uuid primary key,
    code         varchar(100),
    name         varchar(300) not null,
    description  text,
    parent_id    uuid references taxonomy_term (id),
    taxonomy     varchar(200),
    taxonomy_id  uuid references taxonomy (id),
    language     varchar(10),
    term_uri     varchar(500)
);
create index taxonomy_term_code on taxonomy_term (taxonomy_id, code);

create table organization (
    id              uuid primary key,
    name            varchar(300) not null,
    alternate_name  varchar(300),
    description     text,
    email           varchar(200),
    website         varchar(500)
);

create table service (
    id                       uuid primary key,
    organization_id          uuid not null references organization (id),
    name                     varchar(300) not null,
    alternate_name           varchar(300),
    description              text,
    url                      varchar(500),
    email                    varchar(200),
    status                   varchar(30) not null
                             check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services  text,
    application_process      text,
    fees_description         text,
    eligibility_description  text,
    assured_date             date,
    assurer_email            varchar(200)
);
create index service_organization on service (organization_id);

create table location (
    id               uuid primary key,
    organization_id  uuid references organization (id),
    location_type    varchar(20) not null,
    name             varchar(300),
    alternate_name   varchar(300),
    description      text,
    latitude         numeric(9, 6),
    longitude        numeric(9, 6)
);
create index location_organization on location (organization_id);

create table service_at_location (
    id           uuid primary key,
    service_id   uuid not null references service (id),
    location_id  uuid not null references location (id),
    description  text
);
create index service_at_location_service on service_at_location (service_id);

create table address (
    id              uuid primary key,
    location_id     uuid not null references location (id),
    attention       varchar(300),
    address_1       varchar(300) not null,
    address_2       varchar(300),
    city            varchar(200) not null,
    region          varchar(200),
    state_province  varchar(100) not null,
    postal_code     varchar(20) not null,
    country         varchar(2) not null,
    address_type    varchar(20) not null
);
create index address_location on address (location_id);

create table contact (
    id                      uuid primary key,
    organization_id         uuid references organization (id),
    service_id              uuid references service (id),
    service_at_location_id  uuid references service_at_location (id),
    location_id             uuid references location (id),
    name                    varchar(300),
    title                   varchar(300),
    department              varchar(300),
    email                   varchar(200)
);
create index contact_organization on contact (organization_id);
create index contact_service on contact (service_id);

create table phone (
    id                      uuid primary key,
    location_id             uuid references location (id),
    service_id              uuid references service (id),
    organization_id         uuid references organization (id),
    contact_id              uuid references contact (id),
    service_at_location_id  uuid references service_at_location (id),
    number                  varchar(50) not null,
    extension               varchar(20),
    type                    varchar(20),
    description             text
);
create index phone_service on phone (service_id);
create index phone_organization on phone (organization_id);
create index phone_location on phone (location_id);

create table schedule (
    id                      uuid primary key,
    service_id              uuid references service (id),
    location_id             uuid references location (id),
    service_at_location_id  uuid references service_at_location (id),
    valid_from              date,
    valid_to                date,
    dtstart                 date,
    timezone                varchar(50),
    until                   date,
    count                   integer,
    wkst                    varchar(2),
    freq                    varchar(10),
    interval                integer,
    byday                   varchar(50),
    byweekno                varchar(50),
    bymonthday              varchar(50),
    byyearday               varchar(50),
    description             text,
    opens_at                time,
    closes_at               time,
    schedule_link           varchar(500),
    attending_type          varchar(100),
    notes                   text
);
create index schedule_service on schedule (service_id);

create table language (
    id           uuid primary key,
    service_id   uuid references service (id),
    location_id  uuid references location (id),
    phone_id     uuid references phone (id),
    name         varchar(100),
    code         varchar(10),
    note         text
);
create index language_service on language (service_id);

create table service_area (
    id                      uuid primary key,
    service_id              uuid references service (id),
    service_at_location_id  uuid references service_at_location (id),
    name                    varchar(300),
    description             text,
    extent                  text,
    extent_type             varchar(20),
    uri                     varchar(500)
);
create index service_area_service on service_area (service_id);

create table attribute (
    id                uuid primary key,
    link_id           uuid not null,
    taxonomy_term_id  uuid not null references taxonomy_term (id),
    link_type         varchar(100),
    link_entity       varchar(50) not null,
    value             text,
    label             varchar(300)
);
create index attribute_link on attribute (link_entity, link_id);
create index attribute_term on attribute (taxonomy_term_id);

-- Matching reads one row per service, rebuilt from the HSDS tables whenever a service is imported.
create table service_match_profile (
    service_id                uuid primary key references service (id),
    organization_name         varchar(300) not null,
    service_name              varchar(300) not null,
    status                    varchar(30) not null,
    extents                   text[] not null,      -- lower-case: ca, ca-qc, ca-qc:montréal
    needs                     text[] not null,
    populations               text[] not null,
    languages                 text[] not null,
    open_24_7                 boolean not null,
    interpretation_available  boolean not null,
    assured_date              date,
    phone                     varchar(50)
);
create index service_match_extents on service_match_profile using gin (extents);
create index service_match_needs on service_match_profile using gin (needs);

-- Referral-and-reporting protocols: the current version in these tables, every version in protocol_version.

create table protocol (
    id                 uuid primary key,
    province           varchar(2),             -- null: the national fallback
    municipality       varchar(120),           -- null: province- or territory-wide
    lead_agency        varchar(300) not null,
    reporting_channel  varchar(500) not null,
    owner_group        varchar(64)  not null,
    review_due         date         not null,
    version            integer      not null,
    in_place           boolean      not null,  -- false: no partnership yet
    notes              text,
    updated_by         varchar(64)  not null,
    updated_at         timestamptz  not null
);
create unique index protocol_jurisdiction on protocol (coalesce(province, ''), coalesce(lower(municipality), ''));

create table protocol_contact (
    protocol_id   uuid         not null references protocol (id),
    position      integer      not null,
    agency        varchar(300) not null,
    unit          varchar(300),
    role          varchar(20)  not null,   -- PRIMARY, AFTER_HOURS, ESCALATION
    name          varchar(200),
    phone         varchar(50),
    email         varchar(200),
    availability  varchar(200),
    primary key (protocol_id, position)
);

create table protocol_crisis_provider (
    protocol_id   uuid         not null references protocol (id),
    position      integer      not null,
    name          varchar(300) not null,
    phone         varchar(50),
    availability  varchar(200),
    primary key (protocol_id, position)
);

create table protocol_version (
    protocol_id  uuid         not null references protocol (id),
    version      integer      not null,
    document     jsonb        not null,
    changed_by   varchar(64)  not null,
    changed_at   timestamptz  not null,
    change       varchar(500) not null,
    primary key (protocol_id, version)
);
