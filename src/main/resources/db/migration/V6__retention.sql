-- Retention: the personal data of a closed case is purged after the retention period unless the case is on legal
-- hold; what the statistics need (province, risk, indicators, needs, dates, codes) stays.
alter table hotline_case add column legal_hold boolean not null default false;
alter table hotline_case add column purged_at timestamptz;
create index hotline_case_purge_due on hotline_case (closed_at) where purged_at is null and status = 'CLOSED';
