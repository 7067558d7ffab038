-- Personal data is stored encrypted (AES-256-GCM, "enc:v1:<keyId>:<base64>"): longer than the plain text it holds.
-- Rows written before are re-encrypted by POST /api/admin/encryption/re-encrypt.
alter table case_contact alter column caller_name type text;
alter table case_contact alter column callback_number type text;
alter table report alter column contact type text;
