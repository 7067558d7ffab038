-- More columns hold personal data and are stored encrypted ("enc:v1:<keyId>:<base64>", longer than the plain text):
-- the municipality (with age and trafficking type it can point to one person in a small community), the recipient
-- of a consent (a named person or a small agency), the wording read to the caller (the advocate may have edited it),
-- and the reference an agency gave a report (it leads to the agency's file on the person). Retention clears them.
alter table hotline_case alter column municipality type text;
alter table consent alter column recipient type text;
alter table consent alter column wording drop not null;
alter table report alter column reference type text;

-- Columns that may still hold values written in plain text before they were encrypted. The node that starts first
-- encrypts those values and removes the row (security.PlaintextColumns); a node stopped half-way leaves the row, and
-- the next start carries on.
create table plaintext_column (
    table_name   varchar(63) not null,
    column_name  varchar(63) not null,
    primary key (table_name, column_name)
);
insert into plaintext_column (table_name, column_name) values
    ('hotline_case', 'municipality'),
    ('consent', 'recipient'),
    ('consent', 'wording'),
    ('report', 'reference');
