-- Fictional demo data: invented organisations, people, phone numbers (555) and addresses (example.org).
-- Every statement ends with "on conflict do nothing", so running the script again changes nothing.

-- Organisations
insert into organization (id, name, description, email, website, kind) values
    ('10000000-0000-4000-8000-000000000001', 'Maple Harbour Safe House', 'Shelter and transitional housing for survivors of trafficking in the Toronto area.', 'maple-harbour@example.org', 'https://example.org/maple-harbour', 'NGO'),
    ('10000000-0000-4000-8000-000000000002', 'Bay & Birch Community Legal Clinic', 'Community legal clinic giving free advice to survivors on criminal, family and immigration matters.', 'bay-birch-legal@example.org', 'https://example.org/bay-birch-legal', 'NGO'),
    ('10000000-0000-4000-8000-000000000003', 'Lakeshore Trauma Counselling Collective', 'Trauma-informed counsellors offering short- and long-term support to survivors.', 'lakeshore-counselling@example.org', 'https://example.org/lakeshore-counselling', 'NGO'),
    ('10000000-0000-4000-8000-000000000004', 'Beacon Line Crisis Network', 'Round-the-clock crisis line and outreach for people leaving exploitation.', 'beacon-line@example.org', 'https://example.org/beacon-line', 'NGO'),
    ('10000000-0000-4000-8000-000000000005', 'Harbourfront Second Step Housing', 'Longer-stay supportive housing for adults rebuilding after exploitation.', 'second-step@example.org', 'https://example.org/second-step', 'NGO'),
    ('10000000-0000-4000-8000-000000000006', 'Lakeport Youth Drop-In Collective', 'Drop-in space, mentoring and counselling for young people at risk of sexual exploitation.', 'lakeport-youth@example.org', 'https://example.org/lakeport-youth', 'NGO'),
    ('10000000-0000-4000-8000-000000000007', 'Northern Lantern Health Outreach', 'Mobile nurses and clinicians bringing primary and sexual health care to survivors.', 'northern-lantern@example.org', 'https://example.org/northern-lantern', 'NGO'),
    ('10000000-0000-4000-8000-000000000008', 'Newcomer Bridge Immigration Legal Services', 'Immigration advice, permit applications and representation for trafficked non-citizens.', 'newcomer-bridge@example.org', 'https://example.org/newcomer-bridge', 'NGO'),
    ('10000000-0000-4000-8000-000000000009', 'Greenfield Migrant Worker Rights Centre', 'Rights education and complaint support for temporary foreign and seasonal workers.', 'greenfield-workers@example.org', 'https://example.org/greenfield-workers', 'NGO'),
    ('10000000-0000-4000-8000-000000000010', 'Lakelands Provincial Workplace Standards Office', 'Provincial office receiving complaints about unpaid wages, debt bondage and forced labour.', 'lakelands-standards@example.org', 'https://example.org/lakelands-standards', 'GOVERNMENT'),
    ('10000000-0000-4000-8000-000000000011', 'Great Lakes Shelter Alliance', 'Alliance of shelters sharing a province-wide registry of open beds.', 'great-lakes-shelters@example.org', 'https://example.org/great-lakes-shelters', 'COALITION'),
    ('10000000-0000-4000-8000-000000000012', 'Maison Aube-Claire', 'Maison d''hébergement pour femmes et familles ayant vécu de l''exploitation.', 'aube-claire@example.org', 'https://example.org/aube-claire', 'NGO'),
    ('10000000-0000-4000-8000-000000000013', 'Clinique juridique du Plateau-Fleuri', 'Clinique juridique communautaire : droit criminel, droit de l''immigration et indemnisation.', 'plateau-fleuri@example.org', 'https://example.org/plateau-fleuri', 'NGO'),
    ('10000000-0000-4000-8000-000000000014', 'Ligne Écoute-Rivage', 'Ligne d''écoute et d''intervention de crise, jour et nuit, partout au Québec.', 'ecoute-rivage@example.org', 'https://example.org/ecoute-rivage', 'NGO'),
    ('10000000-0000-4000-8000-000000000015', 'Refuge Jeunesse Étoile-Filante', 'Hébergement et intervention de rue pour les jeunes à risque d''exploitation sexuelle.', 'etoile-filante@example.org', 'https://example.org/etoile-filante', 'NGO'),
    ('10000000-0000-4000-8000-000000000016', 'Bureau d''aide aux personnes victimes Rive-Claire', 'Bureau public d''accompagnement des personnes victimes dans le processus judiciaire.', 'rive-claire@example.org', 'https://example.org/rive-claire', 'GOVERNMENT'),
    ('10000000-0000-4000-8000-000000000017', 'Coalition québécoise Fil d''Ariane contre la traite', 'Regroupement d''organismes québécois engagés contre la traite de personnes.', 'fil-ariane@example.org', 'https://example.org/fil-ariane', 'COALITION'),
    ('10000000-0000-4000-8000-000000000018', 'Clinique Santé-Passerelle', 'Clinique de santé de proximité, sans carte d''assurance maladie exigée.', 'sante-passerelle@example.org', 'https://example.org/sante-passerelle', 'NGO'),
    ('10000000-0000-4000-8000-000000000019', 'Coastal Cedar Shelter Society', 'Safe houses and a shelter referral line for survivors across the province.', 'coastal-cedar@example.org', 'https://example.org/coastal-cedar', 'NGO'),
    ('10000000-0000-4000-8000-000000000020', 'Tidewater Youth Outreach Society', 'Outreach workers and safe beds for youth who are being exploited or are at risk.', 'tidewater-youth@example.org', 'https://example.org/tidewater-youth', 'NGO'),
    ('10000000-0000-4000-8000-000000000021', 'Orchard Row Farmworker Support Society', 'Legal information and advocacy for agricultural and seasonal migrant workers.', 'orchard-row@example.org', 'https://example.org/orchard-row', 'NGO'),
    ('10000000-0000-4000-8000-000000000022', 'Western Shores Anti-Trafficking Coalition', 'Coalition of service providers coordinating survivor support on the coast.', 'western-shores@example.org', 'https://example.org/western-shores', 'COALITION'),
    ('10000000-0000-4000-8000-000000000023', 'Aspen Ridge Crisis Line', 'Crisis line and emergency safe rooms for people experiencing exploitation or violence.', 'aspen-ridge@example.org', 'https://example.org/aspen-ridge', 'NGO'),
    ('10000000-0000-4000-8000-000000000024', 'Prairie Lantern Safe House', 'Emergency shelter and crisis line for women and families.', 'prairie-lantern@example.org', 'https://example.org/prairie-lantern', 'NGO'),
    ('10000000-0000-4000-8000-000000000025', 'Prairie Crossing Legal Clinic', 'Free legal services for survivors, including immigration and victim compensation files.', 'prairie-crossing@example.org', 'https://example.org/prairie-crossing', 'NGO'),
    ('10000000-0000-4000-8000-000000000026', 'Long Horizon Crisis Support', 'Crisis line and a network of rural safe homes.', 'long-horizon@example.org', 'https://example.org/long-horizon', 'NGO'),
    ('10000000-0000-4000-8000-000000000027', 'Riverbend Tide Shelter', 'Bilingual shelter and crisis line.', 'riverbend-tide@example.org', 'https://example.org/riverbend-tide', 'NGO'),
    ('10000000-0000-4000-8000-000000000028', 'Harbourview Safe Passage', 'Safe house and support line for survivors of trafficking and sexual exploitation.', 'harbourview@example.org', 'https://example.org/harbourview', 'NGO'),
    ('10000000-0000-4000-8000-000000000029', 'Red Sand Crisis Support', 'Island-wide crisis line and safety planning.', 'red-sand@example.org', 'https://example.org/red-sand', 'NGO'),
    ('10000000-0000-4000-8000-000000000030', 'Saltbox Crisis Line', 'Crisis line with access to emergency accommodation across the province.', 'saltbox@example.org', 'https://example.org/saltbox', 'NGO'),
    ('10000000-0000-4000-8000-000000000031', 'Boreal Light Support Centre', 'Shelter and crisis support for women in the territory.', 'boreal-light@example.org', 'https://example.org/boreal-light', 'NGO'),
    ('10000000-0000-4000-8000-000000000032', 'Snowgoose Safe Shelter', 'Emergency shelter for women and families in the territory.', 'snowgoose@example.org', 'https://example.org/snowgoose', 'NGO'),
    ('10000000-0000-4000-8000-000000000033', 'Tundra Lamp Crisis Line', 'Crisis line answered in Inuktitut, English and French.', 'tundra-lamp@example.org', 'https://example.org/tundra-lamp', 'NGO'),
    ('10000000-0000-4000-8000-000000000034', 'Northbound National Crisis Line', 'National 24/7 crisis line for anyone affected by human trafficking.', 'northbound@example.org', 'https://example.org/northbound', 'NGO'),
    ('10000000-0000-4000-8000-000000000035', 'Many Voices Interpretation Network', 'Over-the-phone and video interpretation for frontline workers, day and night.', 'many-voices@example.org', 'https://example.org/many-voices', 'NGO'),
    ('10000000-0000-4000-8000-000000000036', 'Crosswinds National Legal Aid Network', 'National network of lawyers who take survivor files in every province and territory.', 'crosswinds@example.org', 'https://example.org/crosswinds', 'NGO'),
    ('10000000-0000-4000-8000-000000000037', 'Second Dawn Survivor Network', 'Survivor-led peer support and virtual counselling.', 'second-dawn@example.org', 'https://example.org/second-dawn', 'NGO'),
    ('10000000-0000-4000-8000-000000000038', 'Safe Harbours Coalition of Canada', 'National coalition of shelters that places survivors in safe housing away from their traffickers.', 'safe-harbours@example.org', 'https://example.org/safe-harbours', 'COALITION'),
    ('10000000-0000-4000-8000-000000000039', 'National Victim Support Secretariat', 'Federal office funding emergency assistance and guidance for victims of trafficking.', 'victim-secretariat@example.org', 'https://example.org/victim-secretariat', 'GOVERNMENT'),
    ('10000000-0000-4000-8000-000000000040', 'Open Fields Migrant Worker Alliance', 'National alliance defending the rights of migrant workers.', 'open-fields@example.org', 'https://example.org/open-fields', 'COALITION'),
    ('10000000-0000-4000-8000-000000000041', 'Kite Line Youth Network', 'National support line and chat for children and youth.', 'kite-line@example.org', 'https://example.org/kite-line', 'NGO'),
    ('10000000-0000-4000-8000-000000000042', 'Clear Path Health Navigation', 'Virtual nurses who help survivors find health care wherever they are.', 'clear-path@example.org', 'https://example.org/clear-path', 'NGO'),
    ('10000000-0000-4000-8000-000000000043', 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'National police coordination centre for human trafficking investigations and referrals.', 'nfc-coordination@example.org', 'https://example.org/nfc-coordination', 'LAW_ENFORCEMENT'),
    ('10000000-0000-4000-8000-000000000044', 'Great Lakes Provincial Police – Anti-Human Trafficking Investigations', 'Provincial police unit investigating trafficking outside the large municipal services.', 'glpp-traffick@example.org', 'https://example.org/glpp-traffick', 'LAW_ENFORCEMENT'),
    ('10000000-0000-4000-8000-000000000045', 'Northshore Regional Police – Human Trafficking Unit', 'Regional police unit investigating sexual and labour exploitation.', 'northshore-police@example.org', 'https://example.org/northshore-police', 'LAW_ENFORCEMENT'),
    ('10000000-0000-4000-8000-000000000046', 'Lakeport Police Service – Human Trafficking Enforcement Team', 'Municipal police team dedicated to human trafficking investigations.', 'lakeport-police@example.org', 'https://example.org/lakeport-police', 'LAW_ENFORCEMENT'),
    ('10000000-0000-4000-8000-000000000047', 'Service de police de l''Île-Lumière – Module traite de personnes', 'Module municipal d''enquête sur la traite de personnes et l''exploitation sexuelle.', 'spil-traite@example.org', 'https://example.org/spil-traite', 'LAW_ENFORCEMENT'),
    ('10000000-0000-4000-8000-000000000048', 'Strait City Police – Counter-Exploitation Unit', 'Municipal police unit for sexual and labour exploitation.', 'strait-police@example.org', 'https://example.org/strait-police', 'LAW_ENFORCEMENT')
on conflict do nothing;

-- Services, each with its needs, populations, languages, service areas and phone

-- 1. Maple Harbour Safe House – Emergency Shelter
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Maple Harbour Safe House – Emergency Shelter', 'Confidential emergency beds for women leaving trafficking, with staff on site around the clock.', 'active', 'maple-harbour@example.org', true, false, true, date '2026-09-14')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000001', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000001', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000001001', '20000000-0000-4000-8000-000000000001', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000001001', '20000000-0000-4000-8000-000000000001', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', null, '+1-416-555-0101', 'Intake, 24/7')
on conflict do nothing;

-- 2. Maple Harbour Safe House – Maison d'accueil francophone
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'Maple Harbour Safe House – Maison d''accueil francophone', 'Bilingual transitional housing for women and their children, up to twelve months.', 'active', 'maple-harbour@example.org', true, false, false, date '2026-05-02')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000002', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000002', 'COUNSELLING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000002', 'WOMEN'), ('20000000-0000-4000-8000-000000000002', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000002001', '20000000-0000-4000-8000-000000000002', 'en'),
    ('30000000-0000-4000-8000-000000002002', '20000000-0000-4000-8000-000000000002', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000002001', '20000000-0000-4000-8000-000000000002', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000002', '20000000-0000-4000-8000-000000000002', null, '+1-416-555-0102', 'Intake / accueil')
on conflict do nothing;

-- 3. Harbourfront Second Step Housing – Men's Transitional Residence
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000005', 'Harbourfront Second Step Housing – Men''s Transitional Residence', 'Supportive housing for men leaving labour trafficking. Program paused while a new site is found.', 'inactive', 'second-step@example.org', false, false, false, date '2025-02-18')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000003', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000003', 'MEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000003001', '20000000-0000-4000-8000-000000000003', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000003001', '20000000-0000-4000-8000-000000000003', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000003', null, '+1-416-555-0103', 'Office')
on conflict do nothing;

-- 4. Bay & Birch Community Legal Clinic – Survivor Legal Advice
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000002', 'Bay & Birch Community Legal Clinic – Survivor Legal Advice', 'Free advice and representation on criminal, family, victim compensation and immigration matters.', 'active', 'bay-birch-legal@example.org', true, true, false, date '2026-03-23')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000004', 'LEGAL'), ('20000000-0000-4000-8000-000000000004', 'IMMIGRATION')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000004001', '20000000-0000-4000-8000-000000000004', 'en'),
    ('30000000-0000-4000-8000-000000004002', '20000000-0000-4000-8000-000000000004', 'es')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000004001', '20000000-0000-4000-8000-000000000004', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000004', null, '+1-416-555-0104', 'Intake line')
on conflict do nothing;

-- 5. Lakeshore Trauma Counselling Collective – Survivor Counselling
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000003', 'Lakeshore Trauma Counselling Collective – Survivor Counselling', 'Individual and group trauma counselling, no fee, no police report required.', 'active', 'lakeshore-counselling@example.org', true, false, false, date '2026-07-08')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000005', 'COUNSELLING'), ('20000000-0000-4000-8000-000000000005', 'SEXUAL_ASSAULT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000005', 'WOMEN'), ('20000000-0000-4000-8000-000000000005', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000005001', '20000000-0000-4000-8000-000000000005', 'en'),
    ('30000000-0000-4000-8000-000000005002', '20000000-0000-4000-8000-000000000005', 'zh'),
    ('30000000-0000-4000-8000-000000005003', '20000000-0000-4000-8000-000000000005', 'tl')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000005001', '20000000-0000-4000-8000-000000000005', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000005', null, '+1-416-555-0105', 'Intake line')
on conflict do nothing;

-- 6. Beacon Line Crisis Network – Toronto 24/7 Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000004', 'Beacon Line Crisis Network – Toronto 24/7 Crisis Line', 'Crisis counselling, safety planning and same-night shelter search, with phone interpretation.', 'active', 'beacon-line@example.org', true, true, true, date '2026-10-01')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000006', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000006001', '20000000-0000-4000-8000-000000000006', 'en'),
    ('30000000-0000-4000-8000-000000006002', '20000000-0000-4000-8000-000000000006', 'fr'),
    ('30000000-0000-4000-8000-000000006003', '20000000-0000-4000-8000-000000000006', 'ar')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000006001', '20000000-0000-4000-8000-000000000006', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000006', null, '+1-416-555-0106', 'Crisis line, 24/7')
on conflict do nothing;

-- 7. Beacon Line Crisis Network – Mobile Crisis Team
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000004', 'Beacon Line Crisis Network – Mobile Crisis Team', 'Two-person outreach team meeting callers in person. Temporarily closed for staffing.', 'temporarily closed', 'beacon-line@example.org', false, false, true, date '2025-11-20')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000007', 'CRISIS_SUPPORT'), ('20000000-0000-4000-8000-000000000007', 'HEALTH')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000007001', '20000000-0000-4000-8000-000000000007', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000007001', '20000000-0000-4000-8000-000000000007', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000007', '20000000-0000-4000-8000-000000000007', null, '+1-416-555-0107', 'Dispatch')
on conflict do nothing;

-- 8. Lakeport Youth Drop-In Collective – Youth Drop-In and Mentoring
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000008', '10000000-0000-4000-8000-000000000006', 'Lakeport Youth Drop-In Collective – Youth Drop-In and Mentoring', 'Drop-in, mentoring and counselling for youth aged 12 to 24 who are being exploited or are at risk.', 'active', 'lakeport-youth@example.org', true, false, false, date '2025-08-12')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000008', 'YOUTH'), ('20000000-0000-4000-8000-000000000008', 'COUNSELLING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000008', 'MINOR'), ('20000000-0000-4000-8000-000000000008', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000008001', '20000000-0000-4000-8000-000000000008', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000008001', '20000000-0000-4000-8000-000000000008', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000008', '20000000-0000-4000-8000-000000000008', null, '+1-416-555-0108', 'Front desk')
on conflict do nothing;

-- 9. Lakeshore Trauma Counselling Collective – Walk-In Counselling
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000009', '10000000-0000-4000-8000-000000000003', 'Lakeshore Trauma Counselling Collective – Walk-In Counselling', 'Same-day single-session counselling, evenings included.', 'active', 'lakeshore-counselling@example.org', true, false, false, date '2025-06-30')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000009', 'COUNSELLING')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000009001', '20000000-0000-4000-8000-000000000009', 'en'),
    ('30000000-0000-4000-8000-000000009002', '20000000-0000-4000-8000-000000000009', 'pa')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000009001', '20000000-0000-4000-8000-000000000009', 'CA-ON:Toronto', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000009', '20000000-0000-4000-8000-000000000009', null, '+1-416-555-0109', 'Walk-in desk')
on conflict do nothing;

-- 10. Northern Lantern Health Outreach – Mobile Health Clinic
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000010', '10000000-0000-4000-8000-000000000007', 'Northern Lantern Health Outreach – Mobile Health Clinic', 'Nurses and a physician travelling to shelters and farms: primary care, sexual health, wound care.', 'active', 'northern-lantern@example.org', true, false, false, date '2026-04-15')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000010', 'HEALTH'), ('20000000-0000-4000-8000-000000000010', 'SEXUAL_ASSAULT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000010', 'WOMEN'), ('20000000-0000-4000-8000-000000000010', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000010001', '20000000-0000-4000-8000-000000000010', 'en'),
    ('30000000-0000-4000-8000-000000010002', '20000000-0000-4000-8000-000000000010', 'fr'),
    ('30000000-0000-4000-8000-000000010003', '20000000-0000-4000-8000-000000000010', 'es')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000010001', '20000000-0000-4000-8000-000000000010', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000010', '20000000-0000-4000-8000-000000000010', null, '+1-416-555-0110', 'Booking line')
on conflict do nothing;

-- 11. Newcomer Bridge Immigration Legal Services – Status and Permits Advice
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000011', '10000000-0000-4000-8000-000000000008', 'Newcomer Bridge Immigration Legal Services – Status and Permits Advice', 'Advice on temporary resident permits for victims, open work permits and refugee claims.', 'active', 'newcomer-bridge@example.org', true, true, false, date '2026-02-09')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000011', 'IMMIGRATION'), ('20000000-0000-4000-8000-000000000011', 'LEGAL')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000011', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000011001', '20000000-0000-4000-8000-000000000011', 'en'),
    ('30000000-0000-4000-8000-000000011002', '20000000-0000-4000-8000-000000000011', 'fr'),
    ('30000000-0000-4000-8000-000000011003', '20000000-0000-4000-8000-000000000011', 'es'),
    ('30000000-0000-4000-8000-000000011004', '20000000-0000-4000-8000-000000000011', 'tl'),
    ('30000000-0000-4000-8000-000000011005', '20000000-0000-4000-8000-000000000011', 'pa')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000011001', '20000000-0000-4000-8000-000000000011', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000011', null, '+1-416-555-0111', 'Intake line')
on conflict do nothing;

-- 12. Greenfield Migrant Worker Rights Centre – Farmworker Rights Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000012', '10000000-0000-4000-8000-000000000009', 'Greenfield Migrant Worker Rights Centre – Farmworker Rights Line', 'Confidential line for seasonal and temporary workers about wages, housing, passports held by employers.', 'active', 'greenfield-workers@example.org', true, true, false, date '2026-06-19')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000012', 'LABOUR_RIGHTS'), ('20000000-0000-4000-8000-000000000012', 'IMMIGRATION')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000012', 'MIGRANT_WORKERS'), ('20000000-0000-4000-8000-000000000012', 'MEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000012001', '20000000-0000-4000-8000-000000000012', 'en'),
    ('30000000-0000-4000-8000-000000012002', '20000000-0000-4000-8000-000000000012', 'es'),
    ('30000000-0000-4000-8000-000000012003', '20000000-0000-4000-8000-000000000012', 'tl')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000012001', '20000000-0000-4000-8000-000000000012', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000012', '20000000-0000-4000-8000-000000000012', null, '+1-519-555-0112', 'Rights line')
on conflict do nothing;

-- 13. Lakelands Provincial Workplace Standards Office – Forced Labour Complaints
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000013', '10000000-0000-4000-8000-000000000010', 'Lakelands Provincial Workplace Standards Office – Forced Labour Complaints', 'Takes complaints about unpaid wages, recruitment fees and debt bondage, and can order payment.', 'active', 'lakelands-standards@example.org', true, false, false, date '2025-10-06')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000013', 'LABOUR_RIGHTS'), ('20000000-0000-4000-8000-000000000013', 'FINANCIAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000013001', '20000000-0000-4000-8000-000000000013', 'en'),
    ('30000000-0000-4000-8000-000000013002', '20000000-0000-4000-8000-000000000013', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000013001', '20000000-0000-4000-8000-000000000013', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000013', '20000000-0000-4000-8000-000000000013', null, '+1-416-555-0113', 'Complaints desk')
on conflict do nothing;

-- 14. Great Lakes Shelter Alliance – Safe Bed Registry
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000014', '10000000-0000-4000-8000-000000000011', 'Great Lakes Shelter Alliance – Safe Bed Registry', 'One number to find an open shelter bed anywhere in the province, day or night.', 'active', 'great-lakes-shelters@example.org', true, false, true, date '2026-08-27')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000014', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000014', 'DOMESTIC_VIOLENCE')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000014', 'WOMEN'), ('20000000-0000-4000-8000-000000000014', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000014001', '20000000-0000-4000-8000-000000000014', 'en'),
    ('30000000-0000-4000-8000-000000014002', '20000000-0000-4000-8000-000000000014', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000014001', '20000000-0000-4000-8000-000000000014', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000014', '20000000-0000-4000-8000-000000000014', null, '+1-416-555-0114', 'Bed registry, 24/7')
on conflict do nothing;

-- 15. Northern Lantern Health Outreach – Money Matters Workshop
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000015', '10000000-0000-4000-8000-000000000007', 'Northern Lantern Health Outreach – Money Matters Workshop', 'Budgeting and credit repair workshops. No longer offered.', 'inactive', 'northern-lantern@example.org', false, false, false, date '2025-01-27')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000015', 'FINANCIAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000015001', '20000000-0000-4000-8000-000000000015', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000015001', '20000000-0000-4000-8000-000000000015', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000015', '20000000-0000-4000-8000-000000000015', null, '+1-416-555-0115', 'Office')
on conflict do nothing;

-- 16. Great Lakes Provincial Police – Victim Liaison Desk
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000016', '10000000-0000-4000-8000-000000000044', 'Great Lakes Provincial Police – Victim Liaison Desk', 'Victim liaison officers who explain the investigation process and connect survivors to services.', 'active', 'glpp-traffick@example.org', true, true, false, date '2026-01-12')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000016', 'LEGAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000016001', '20000000-0000-4000-8000-000000000016', 'en'),
    ('30000000-0000-4000-8000-000000016002', '20000000-0000-4000-8000-000000000016', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000016001', '20000000-0000-4000-8000-000000000016', 'CA-ON', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000016', '20000000-0000-4000-8000-000000000016', null, '+1-705-555-0116', 'Victim liaison')
on conflict do nothing;

-- 17. Maison Aube-Claire – Hébergement d'urgence
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000017', '10000000-0000-4000-8000-000000000012', 'Maison Aube-Claire – Hébergement d''urgence', 'Hébergement d''urgence confidentiel pour femmes et enfants, personnel sur place jour et nuit.', 'active', 'aube-claire@example.org', true, false, true, date '2026-09-03')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000017', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000017', 'WOMEN'), ('20000000-0000-4000-8000-000000000017', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000017001', '20000000-0000-4000-8000-000000000017', 'fr'),
    ('30000000-0000-4000-8000-000000017002', '20000000-0000-4000-8000-000000000017', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000017001', '20000000-0000-4000-8000-000000000017', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000017', '20000000-0000-4000-8000-000000000017', null, '+1-514-555-0117', 'Accueil, 24/7')
on conflict do nothing;

-- 18. Maison Aube-Claire – Hébergement de deuxième étape
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000018', '10000000-0000-4000-8000-000000000012', 'Maison Aube-Claire – Hébergement de deuxième étape', 'Logements de transition avec suivi psychosocial, séjour jusqu''à deux ans. Liste d''attente.', 'active', 'aube-claire@example.org', false, false, false, date '2025-12-15')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000018', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000018', 'COUNSELLING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000018', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000018001', '20000000-0000-4000-8000-000000000018', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000018001', '20000000-0000-4000-8000-000000000018', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000018', '20000000-0000-4000-8000-000000000018', null, '+1-514-555-0118', 'Accueil')
on conflict do nothing;

-- 19. Clinique juridique du Plateau-Fleuri – Consultation juridique
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000019', '10000000-0000-4000-8000-000000000013', 'Clinique juridique du Plateau-Fleuri – Consultation juridique', 'Consultations gratuites : droit criminel, indemnisation des victimes, immigration.', 'active', 'plateau-fleuri@example.org', true, true, false, date '2026-04-28')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000019', 'LEGAL'), ('20000000-0000-4000-8000-000000000019', 'IMMIGRATION')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000019001', '20000000-0000-4000-8000-000000000019', 'fr'),
    ('30000000-0000-4000-8000-000000019002', '20000000-0000-4000-8000-000000000019', 'en'),
    ('30000000-0000-4000-8000-000000019003', '20000000-0000-4000-8000-000000000019', 'es'),
    ('30000000-0000-4000-8000-000000019004', '20000000-0000-4000-8000-000000000019', 'ar')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000019001', '20000000-0000-4000-8000-000000000019', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000019', '20000000-0000-4000-8000-000000000019', null, '+1-514-555-0119', 'Prise de rendez-vous')
on conflict do nothing;

-- 20. Ligne Écoute-Rivage – Ligne de crise 24/7
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000020', '10000000-0000-4000-8000-000000000014', 'Ligne Écoute-Rivage – Ligne de crise 24/7', 'Écoute, intervention de crise et planification de la sécurité, partout au Québec.', 'active', 'ecoute-rivage@example.org', true, false, true, date '2026-10-20')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000020', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000020001', '20000000-0000-4000-8000-000000000020', 'fr'),
    ('30000000-0000-4000-8000-000000020002', '20000000-0000-4000-8000-000000000020', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000020001', '20000000-0000-4000-8000-000000000020', 'CA-QC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000020', '20000000-0000-4000-8000-000000000020', null, '+1-514-555-0120', 'Ligne de crise, 24/7')
on conflict do nothing;

-- 21. Ligne Écoute-Rivage – Équipe mobile de Montréal
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000021', '10000000-0000-4000-8000-000000000014', 'Ligne Écoute-Rivage – Équipe mobile de Montréal', 'Intervenantes qui se déplacent à Montréal, y compris après une agression sexuelle.', 'active', 'ecoute-rivage@example.org', true, false, true, date '2026-03-05')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000021', 'CRISIS_SUPPORT'), ('20000000-0000-4000-8000-000000000021', 'SEXUAL_ASSAULT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000021', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000021001', '20000000-0000-4000-8000-000000000021', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000021001', '20000000-0000-4000-8000-000000000021', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000021', '20000000-0000-4000-8000-000000000021', null, '+1-514-555-0121', 'Équipe mobile, 24/7')
on conflict do nothing;

-- 22. Refuge Jeunesse Étoile-Filante – Hébergement jeunesse
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000022', '10000000-0000-4000-8000-000000000015', 'Refuge Jeunesse Étoile-Filante – Hébergement jeunesse', 'Lits d''urgence et accompagnement pour les jeunes de 12 à 17 ans.', 'active', 'etoile-filante@example.org', true, false, true, date '2026-07-22')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000022', 'YOUTH'), ('20000000-0000-4000-8000-000000000022', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000022', 'MINOR')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000022001', '20000000-0000-4000-8000-000000000022', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000022001', '20000000-0000-4000-8000-000000000022', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000022', '20000000-0000-4000-8000-000000000022', null, '+1-514-555-0122', 'Accueil, 24/7')
on conflict do nothing;

-- 23. Refuge Jeunesse Étoile-Filante – Intervention de rue
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000023', '10000000-0000-4000-8000-000000000015', 'Refuge Jeunesse Étoile-Filante – Intervention de rue', 'Travail de rue et suivi individuel pour les jeunes exploités ou à risque, partout au Québec.', 'active', 'etoile-filante@example.org', true, false, false, date '2025-09-10')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000023', 'YOUTH'), ('20000000-0000-4000-8000-000000000023', 'COUNSELLING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000023', 'MINOR'), ('20000000-0000-4000-8000-000000000023', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000023001', '20000000-0000-4000-8000-000000000023', 'fr'),
    ('30000000-0000-4000-8000-000000023002', '20000000-0000-4000-8000-000000000023', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000023001', '20000000-0000-4000-8000-000000000023', 'CA-QC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000023', '20000000-0000-4000-8000-000000000023', null, '+1-514-555-0123', 'Coordination')
on conflict do nothing;

-- 24. Bureau d'aide aux personnes victimes Rive-Claire – Accompagnement judiciaire
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000024', '10000000-0000-4000-8000-000000000016', 'Bureau d''aide aux personnes victimes Rive-Claire – Accompagnement judiciaire', 'Information sur les droits, accompagnement à la cour et aide aux demandes d''indemnisation.', 'active', 'rive-claire@example.org', true, false, false, date '2025-11-03')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000024', 'LEGAL'), ('20000000-0000-4000-8000-000000000024', 'FINANCIAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000024001', '20000000-0000-4000-8000-000000000024', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000024001', '20000000-0000-4000-8000-000000000024', 'CA-QC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000024', '20000000-0000-4000-8000-000000000024', null, '+1-418-555-0124', 'Accueil')
on conflict do nothing;

-- 25. Coalition québécoise Fil d'Ariane – Ligne des travailleurs étrangers temporaires
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000025', '10000000-0000-4000-8000-000000000017', 'Coalition québécoise Fil d''Ariane – Ligne des travailleurs étrangers temporaires', 'Information sur les droits du travail, le permis ouvert et les recours pour les travailleurs migrants.', 'active', 'fil-ariane@example.org', true, true, false, date '2026-05-18')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000025', 'LABOUR_RIGHTS'), ('20000000-0000-4000-8000-000000000025', 'IMMIGRATION')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000025', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000025001', '20000000-0000-4000-8000-000000000025', 'fr'),
    ('30000000-0000-4000-8000-000000025002', '20000000-0000-4000-8000-000000000025', 'es')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000025001', '20000000-0000-4000-8000-000000000025', 'CA-QC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000025', '20000000-0000-4000-8000-000000000025', null, '+1-514-555-0125', 'Ligne d''information')
on conflict do nothing;

-- 26. Clinique Santé-Passerelle – Soins de proximité
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000026', '10000000-0000-4000-8000-000000000018', 'Clinique Santé-Passerelle – Soins de proximité', 'Soins infirmiers et médicaux sans rendez-vous, sans carte d''assurance maladie.', 'active', 'sante-passerelle@example.org', true, false, false, date '2026-02-24')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000026', 'HEALTH')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000026', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000026001', '20000000-0000-4000-8000-000000000026', 'fr'),
    ('30000000-0000-4000-8000-000000026002', '20000000-0000-4000-8000-000000000026', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000026001', '20000000-0000-4000-8000-000000000026', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000026', '20000000-0000-4000-8000-000000000026', null, '+1-514-555-0126', 'Accueil')
on conflict do nothing;

-- 27. Service de police de l'Île-Lumière – Soutien aux victimes
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000027', '10000000-0000-4000-8000-000000000047', 'Service de police de l''Île-Lumière – Soutien aux victimes', 'Agentes de liaison qui accompagnent les victimes pendant l''enquête.', 'active', 'spil-traite@example.org', true, false, false, date '2025-07-14')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000027', 'LEGAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000027001', '20000000-0000-4000-8000-000000000027', 'fr'),
    ('30000000-0000-4000-8000-000000027002', '20000000-0000-4000-8000-000000000027', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000027001', '20000000-0000-4000-8000-000000000027', 'CA-QC:Montréal', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000027', '20000000-0000-4000-8000-000000000027', null, '+1-514-555-0127', 'Liaison victimes')
on conflict do nothing;

-- 28. Coastal Cedar Shelter Society – Emergency Safe House
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000028', '10000000-0000-4000-8000-000000000019', 'Coastal Cedar Shelter Society – Emergency Safe House', 'Confidential safe house for women and gender-diverse survivors, staffed around the clock.', 'active', 'coastal-cedar@example.org', true, false, true, date '2026-08-11')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000028', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000028', 'WOMEN'), ('20000000-0000-4000-8000-000000000028', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000028001', '20000000-0000-4000-8000-000000000028', 'en'),
    ('30000000-0000-4000-8000-000000028002', '20000000-0000-4000-8000-000000000028', 'zh'),
    ('30000000-0000-4000-8000-000000028003', '20000000-0000-4000-8000-000000000028', 'pa')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000028001', '20000000-0000-4000-8000-000000000028', 'CA-BC:Vancouver', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000028', '20000000-0000-4000-8000-000000000028', null, '+1-604-555-0128', 'Intake, 24/7')
on conflict do nothing;

-- 29. Coastal Cedar Shelter Society – Provincial Shelter Referral Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000029', '10000000-0000-4000-8000-000000000019', 'Coastal Cedar Shelter Society – Provincial Shelter Referral Line', 'Finds safe housing anywhere in the province and arranges travel to it.', 'active', 'coastal-cedar@example.org', true, true, true, date '2026-06-02')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000029', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000029', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000029001', '20000000-0000-4000-8000-000000000029', 'en'),
    ('30000000-0000-4000-8000-000000029002', '20000000-0000-4000-8000-000000000029', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000029001', '20000000-0000-4000-8000-000000000029', 'CA-BC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000029', '20000000-0000-4000-8000-000000000029', null, '+1-604-555-0129', 'Referral line, 24/7')
on conflict do nothing;

-- 30. Tidewater Youth Outreach Society – Youth Safe Beds
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000030', '10000000-0000-4000-8000-000000000020', 'Tidewater Youth Outreach Society – Youth Safe Beds', 'Short-stay safe beds and case management for youth under 19.', 'active', 'tidewater-youth@example.org', true, false, true, date '2026-01-29')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000030', 'YOUTH'), ('20000000-0000-4000-8000-000000000030', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000030', 'MINOR')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000030001', '20000000-0000-4000-8000-000000000030', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000030001', '20000000-0000-4000-8000-000000000030', 'CA-BC:Vancouver', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000030', '20000000-0000-4000-8000-000000000030', null, '+1-604-555-0130', 'Youth line, 24/7')
on conflict do nothing;

-- 31. Tidewater Youth Outreach Society – Provincial Youth Outreach Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000031', '10000000-0000-4000-8000-000000000020', 'Tidewater Youth Outreach Society – Provincial Youth Outreach Line', 'Outreach workers who reach youth anywhere in the province by phone, text or in person.', 'active', 'tidewater-youth@example.org', true, false, false, date '2025-05-06')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000031', 'YOUTH'), ('20000000-0000-4000-8000-000000000031', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000031', 'MINOR')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000031001', '20000000-0000-4000-8000-000000000031', 'en'),
    ('30000000-0000-4000-8000-000000031002', '20000000-0000-4000-8000-000000000031', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000031001', '20000000-0000-4000-8000-000000000031', 'CA-BC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000031', '20000000-0000-4000-8000-000000000031', null, '+1-604-555-0131', 'Outreach line')
on conflict do nothing;

-- 32. Orchard Row Farmworker Support Society – Farmworker Rights Clinic
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000032', '10000000-0000-4000-8000-000000000021', 'Orchard Row Farmworker Support Society – Farmworker Rights Clinic', 'Help with unpaid wages, unsafe housing, confiscated documents and employer-specific permits.', 'active', 'orchard-row@example.org', true, true, false, date '2026-09-25')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000032', 'LABOUR_RIGHTS'), ('20000000-0000-4000-8000-000000000032', 'IMMIGRATION')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000032', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000032001', '20000000-0000-4000-8000-000000000032', 'en'),
    ('30000000-0000-4000-8000-000000032002', '20000000-0000-4000-8000-000000000032', 'es'),
    ('30000000-0000-4000-8000-000000032003', '20000000-0000-4000-8000-000000000032', 'pa'),
    ('30000000-0000-4000-8000-000000032004', '20000000-0000-4000-8000-000000000032', 'tl')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000032001', '20000000-0000-4000-8000-000000000032', 'CA-BC', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000032', '20000000-0000-4000-8000-000000000032', null, '+1-604-555-0132', 'Clinic line')
on conflict do nothing;

-- 33. Western Shores Anti-Trafficking Coalition – Survivor Legal Navigator
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000033', '10000000-0000-4000-8000-000000000022', 'Western Shores Anti-Trafficking Coalition – Survivor Legal Navigator', 'A navigator who connects survivors with lawyers and goes with them to appointments.', 'active', 'western-shores@example.org', true, false, false, date '2025-12-01')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000033', 'LEGAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000033001', '20000000-0000-4000-8000-000000000033', 'en'),
    ('30000000-0000-4000-8000-000000033002', '20000000-0000-4000-8000-000000000033', 'zh')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000033001', '20000000-0000-4000-8000-000000000033', 'CA-BC:Vancouver', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000033', '20000000-0000-4000-8000-000000000033', null, '+1-604-555-0133', 'Navigator')
on conflict do nothing;

-- 34. Western Shores Anti-Trafficking Coalition – Group Counselling Program
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000034', '10000000-0000-4000-8000-000000000022', 'Western Shores Anti-Trafficking Coalition – Group Counselling Program', 'Weekly survivor groups. Ended when the pilot funding ran out.', 'inactive', 'western-shores@example.org', false, false, false, date '2025-03-17')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000034', 'COUNSELLING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000034', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000034001', '20000000-0000-4000-8000-000000000034', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000034001', '20000000-0000-4000-8000-000000000034', 'CA-BC:Vancouver', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000034', '20000000-0000-4000-8000-000000000034', null, '+1-604-555-0134', 'Office')
on conflict do nothing;

-- 35. Aspen Ridge Crisis Line – 24/7 Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000035', '10000000-0000-4000-8000-000000000023', 'Aspen Ridge Crisis Line – 24/7 Crisis Line', 'Crisis support, safety planning and emergency transport anywhere in the province.', 'active', 'aspen-ridge@example.org', true, true, true, date '2026-10-09')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000035', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000035001', '20000000-0000-4000-8000-000000000035', 'en'),
    ('30000000-0000-4000-8000-000000035002', '20000000-0000-4000-8000-000000000035', 'fr'),
    ('30000000-0000-4000-8000-000000035003', '20000000-0000-4000-8000-000000000035', 'uk')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000035001', '20000000-0000-4000-8000-000000000035', 'CA-AB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000035', '20000000-0000-4000-8000-000000000035', null, '+1-403-555-0135', 'Crisis line, 24/7')
on conflict do nothing;

-- 36. Aspen Ridge Crisis Line – Emergency Safe Rooms
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000036', '10000000-0000-4000-8000-000000000023', 'Aspen Ridge Crisis Line – Emergency Safe Rooms', 'A few emergency rooms for women while longer-term housing is arranged. Currently full.', 'active', 'aspen-ridge@example.org', false, false, false, date '2025-08-25')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000036', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000036', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000036001', '20000000-0000-4000-8000-000000000036', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000036001', '20000000-0000-4000-8000-000000000036', 'CA-AB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000036', '20000000-0000-4000-8000-000000000036', null, '+1-403-555-0136', 'Intake')
on conflict do nothing;

-- 37. Prairie Lantern Safe House – Emergency Shelter
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000037', '10000000-0000-4000-8000-000000000024', 'Prairie Lantern Safe House – Emergency Shelter', 'Emergency shelter for women and families, with child care workers on site.', 'active', 'prairie-lantern@example.org', true, false, true, date '2026-04-07')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000037', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000037', 'WOMEN'), ('20000000-0000-4000-8000-000000000037', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000037001', '20000000-0000-4000-8000-000000000037', 'en'),
    ('30000000-0000-4000-8000-000000037002', '20000000-0000-4000-8000-000000000037', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000037001', '20000000-0000-4000-8000-000000000037', 'CA-MB:Winnipeg', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000037', '20000000-0000-4000-8000-000000000037', null, '+1-204-555-0137', 'Intake, 24/7')
on conflict do nothing;

-- 38. Prairie Lantern Safe House – Provincial Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000038', '10000000-0000-4000-8000-000000000024', 'Prairie Lantern Safe House – Provincial Crisis Line', 'Crisis line for anyone in the province affected by exploitation.', 'active', 'prairie-lantern@example.org', true, false, true, date '2025-10-21')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000038', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000038001', '20000000-0000-4000-8000-000000000038', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000038001', '20000000-0000-4000-8000-000000000038', 'CA-MB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000038', '20000000-0000-4000-8000-000000000038', null, '+1-204-555-0138', 'Crisis line, 24/7')
on conflict do nothing;

-- 39. Prairie Crossing Legal Clinic – Survivor Legal Services
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000039', '10000000-0000-4000-8000-000000000025', 'Prairie Crossing Legal Clinic – Survivor Legal Services', 'Legal advice and representation, including immigration and victim compensation.', 'active', 'prairie-crossing@example.org', true, true, false, date '2026-06-29')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000039', 'LEGAL'), ('20000000-0000-4000-8000-000000000039', 'IMMIGRATION')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000039001', '20000000-0000-4000-8000-000000000039', 'en'),
    ('30000000-0000-4000-8000-000000039002', '20000000-0000-4000-8000-000000000039', 'fr'),
    ('30000000-0000-4000-8000-000000039003', '20000000-0000-4000-8000-000000000039', 'tl')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000039001', '20000000-0000-4000-8000-000000000039', 'CA-MB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000039', '20000000-0000-4000-8000-000000000039', null, '+1-204-555-0139', 'Intake line')
on conflict do nothing;

-- 40. Long Horizon Crisis Support – Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000040', '10000000-0000-4000-8000-000000000026', 'Long Horizon Crisis Support – Crisis Line', 'Crisis support and safety planning across the province, including rural and northern areas.', 'active', 'long-horizon@example.org', true, false, true, date '2026-02-16')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000040', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000040001', '20000000-0000-4000-8000-000000000040', 'en'),
    ('30000000-0000-4000-8000-000000040002', '20000000-0000-4000-8000-000000000040', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000040001', '20000000-0000-4000-8000-000000000040', 'CA-SK', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000040', '20000000-0000-4000-8000-000000000040', null, '+1-306-555-0140', 'Crisis line, 24/7')
on conflict do nothing;

-- 41. Long Horizon Crisis Support – Rural Safe Homes
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000041', '10000000-0000-4000-8000-000000000026', 'Long Horizon Crisis Support – Rural Safe Homes', 'A network of private safe homes for women and children fleeing violence or exploitation.', 'active', 'long-horizon@example.org', true, false, false, date '2025-04-14')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000041', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000041', 'DOMESTIC_VIOLENCE')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000041', 'WOMEN'), ('20000000-0000-4000-8000-000000000041', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000041001', '20000000-0000-4000-8000-000000000041', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000041001', '20000000-0000-4000-8000-000000000041', 'CA-SK', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000041', '20000000-0000-4000-8000-000000000041', null, '+1-306-555-0141', 'Intake')
on conflict do nothing;

-- 42. Riverbend Tide Shelter – Emergency Housing
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000042', '10000000-0000-4000-8000-000000000027', 'Riverbend Tide Shelter – Emergency Housing', 'Bilingual emergency housing for women leaving exploitation.', 'active', 'riverbend-tide@example.org', true, false, false, date '2026-05-26')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000042', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000042', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000042001', '20000000-0000-4000-8000-000000000042', 'en'),
    ('30000000-0000-4000-8000-000000042002', '20000000-0000-4000-8000-000000000042', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000042001', '20000000-0000-4000-8000-000000000042', 'CA-NB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000042', '20000000-0000-4000-8000-000000000042', null, '+1-506-555-0142', 'Intake')
on conflict do nothing;

-- 43. Riverbend Tide Shelter – Ligne de crise / Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000043', '10000000-0000-4000-8000-000000000027', 'Riverbend Tide Shelter – Ligne de crise / Crisis Line', 'Bilingual crisis line, day and night.', 'active', 'riverbend-tide@example.org', true, false, true, date '2025-09-29')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000043', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000043001', '20000000-0000-4000-8000-000000000043', 'en'),
    ('30000000-0000-4000-8000-000000043002', '20000000-0000-4000-8000-000000000043', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000043001', '20000000-0000-4000-8000-000000000043', 'CA-NB', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000043', '20000000-0000-4000-8000-000000000043', null, '+1-506-555-0143', 'Crisis line, 24/7')
on conflict do nothing;

-- 44. Harbourview Safe Passage – Safe House
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000044', '10000000-0000-4000-8000-000000000028', 'Harbourview Safe Passage – Safe House', 'Safe house for survivors of trafficking, with on-site counselling.', 'active', 'harbourview@example.org', true, false, true, date '2026-07-30')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000044', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000044', 'WOMEN'), ('20000000-0000-4000-8000-000000000044', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000044001', '20000000-0000-4000-8000-000000000044', 'en'),
    ('30000000-0000-4000-8000-000000044002', '20000000-0000-4000-8000-000000000044', 'ar')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000044001', '20000000-0000-4000-8000-000000000044', 'CA-NS:Halifax', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000044', '20000000-0000-4000-8000-000000000044', null, '+1-902-555-0144', 'Intake, 24/7')
on conflict do nothing;

-- 45. Harbourview Safe Passage – Provincial Support Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000045', '10000000-0000-4000-8000-000000000028', 'Harbourview Safe Passage – Provincial Support Line', 'Crisis support and counselling referrals anywhere in the province.', 'active', 'harbourview@example.org', true, false, false, date '2025-06-09')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000045', 'CRISIS_SUPPORT'), ('20000000-0000-4000-8000-000000000045', 'COUNSELLING')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000045001', '20000000-0000-4000-8000-000000000045', 'en'),
    ('30000000-0000-4000-8000-000000045002', '20000000-0000-4000-8000-000000000045', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000045001', '20000000-0000-4000-8000-000000000045', 'CA-NS', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000045', '20000000-0000-4000-8000-000000000045', null, '+1-902-555-0145', 'Support line')
on conflict do nothing;

-- 46. Red Sand Crisis Support – Island Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000046', '10000000-0000-4000-8000-000000000029', 'Red Sand Crisis Support – Island Crisis Line', 'Crisis line and safety planning for the whole island.', 'active', 'red-sand@example.org', true, false, true, date '2026-03-11')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000046', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000046001', '20000000-0000-4000-8000-000000000046', 'en'),
    ('30000000-0000-4000-8000-000000046002', '20000000-0000-4000-8000-000000000046', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000046001', '20000000-0000-4000-8000-000000000046', 'CA-PE', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000046', '20000000-0000-4000-8000-000000000046', null, '+1-902-555-0146', 'Crisis line, 24/7')
on conflict do nothing;

-- 47. Saltbox Crisis Line – Crisis and Emergency Accommodation
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000047', '10000000-0000-4000-8000-000000000030', 'Saltbox Crisis Line – Crisis and Emergency Accommodation', 'Crisis line that can arrange emergency accommodation, including in coastal communities.', 'active', 'saltbox@example.org', true, false, true, date '2025-12-22')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000047', 'CRISIS_SUPPORT'), ('20000000-0000-4000-8000-000000000047', 'SAFE_HOUSING')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000047001', '20000000-0000-4000-8000-000000000047', 'en')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000047001', '20000000-0000-4000-8000-000000000047', 'CA-NL', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000047', '20000000-0000-4000-8000-000000000047', null, '+1-709-555-0147', 'Crisis line, 24/7')
on conflict do nothing;

-- 48. Boreal Light Support Centre – Women's Shelter
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000048', '10000000-0000-4000-8000-000000000031', 'Boreal Light Support Centre – Women''s Shelter', 'Shelter and crisis support for women, with help travelling from outlying communities.', 'active', 'boreal-light@example.org', true, false, true, date '2026-08-04')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000048', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000048', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000048', 'WOMEN')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000048001', '20000000-0000-4000-8000-000000000048', 'en'),
    ('30000000-0000-4000-8000-000000048002', '20000000-0000-4000-8000-000000000048', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000048001', '20000000-0000-4000-8000-000000000048', 'CA-YT', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000048', '20000000-0000-4000-8000-000000000048', null, '+1-867-555-0148', 'Shelter, 24/7')
on conflict do nothing;

-- 49. Snowgoose Safe Shelter – Emergency Shelter
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000049', '10000000-0000-4000-8000-000000000032', 'Snowgoose Safe Shelter – Emergency Shelter', 'Emergency shelter for women and families.', 'active', 'snowgoose@example.org', true, false, true, date '2025-11-10')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000049', 'SAFE_HOUSING')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000049', 'WOMEN'), ('20000000-0000-4000-8000-000000000049', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000049001', '20000000-0000-4000-8000-000000000049', 'en'),
    ('30000000-0000-4000-8000-000000049002', '20000000-0000-4000-8000-000000000049', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000049001', '20000000-0000-4000-8000-000000000049', 'CA-NT', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000049', '20000000-0000-4000-8000-000000000049', null, '+1-867-555-0149', 'Shelter, 24/7')
on conflict do nothing;

-- 50. Tundra Lamp Crisis Line – Territorial Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000050', '10000000-0000-4000-8000-000000000033', 'Tundra Lamp Crisis Line – Territorial Crisis Line', 'Crisis line answered in Inuktitut, English and French.', 'active', 'tundra-lamp@example.org', true, false, true, date '2026-01-05')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000050', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000050001', '20000000-0000-4000-8000-000000000050', 'iu'),
    ('30000000-0000-4000-8000-000000050002', '20000000-0000-4000-8000-000000000050', 'en'),
    ('30000000-0000-4000-8000-000000050003', '20000000-0000-4000-8000-000000000050', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000050001', '20000000-0000-4000-8000-000000000050', 'CA-NU', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000050', '20000000-0000-4000-8000-000000000050', null, '+1-867-555-0150', 'Crisis line, 24/7')
on conflict do nothing;

-- 51. Northbound National Crisis Line – 24/7 Crisis Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000051', '10000000-0000-4000-8000-000000000034', 'Northbound National Crisis Line – 24/7 Crisis Line', 'National crisis line for victims, survivors and people worried about someone, with interpreters on call.', 'active', 'northbound@example.org', true, true, true, date '2026-11-02')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000051', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000051001', '20000000-0000-4000-8000-000000000051', 'en'),
    ('30000000-0000-4000-8000-000000051002', '20000000-0000-4000-8000-000000000051', 'fr'),
    ('30000000-0000-4000-8000-000000051003', '20000000-0000-4000-8000-000000000051', 'es'),
    ('30000000-0000-4000-8000-000000051004', '20000000-0000-4000-8000-000000000051', 'zh'),
    ('30000000-0000-4000-8000-000000051005', '20000000-0000-4000-8000-000000000051', 'ar'),
    ('30000000-0000-4000-8000-000000051006', '20000000-0000-4000-8000-000000000051', 'pa'),
    ('30000000-0000-4000-8000-000000051007', '20000000-0000-4000-8000-000000000051', 'tl'),
    ('30000000-0000-4000-8000-000000051008', '20000000-0000-4000-8000-000000000051', 'uk'),
    ('30000000-0000-4000-8000-000000051009', '20000000-0000-4000-8000-000000000051', 'iu')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000051001', '20000000-0000-4000-8000-000000000051', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000051', '20000000-0000-4000-8000-000000000051', null, '+1-800-555-0151', 'Crisis line, 24/7')
on conflict do nothing;

-- 52. Many Voices Interpretation Network – Telephone Interpretation
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000052', '10000000-0000-4000-8000-000000000035', 'Many Voices Interpretation Network – Telephone Interpretation', 'Three-way phone and video interpretation for callers and frontline workers, within minutes.', 'active', 'many-voices@example.org', true, true, true, date '2026-09-08')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000052', 'INTERPRETATION')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000052001', '20000000-0000-4000-8000-000000000052', 'en'),
    ('30000000-0000-4000-8000-000000052002', '20000000-0000-4000-8000-000000000052', 'fr'),
    ('30000000-0000-4000-8000-000000052003', '20000000-0000-4000-8000-000000000052', 'es'),
    ('30000000-0000-4000-8000-000000052004', '20000000-0000-4000-8000-000000000052', 'zh'),
    ('30000000-0000-4000-8000-000000052005', '20000000-0000-4000-8000-000000000052', 'ar'),
    ('30000000-0000-4000-8000-000000052006', '20000000-0000-4000-8000-000000000052', 'pa'),
    ('30000000-0000-4000-8000-000000052007', '20000000-0000-4000-8000-000000000052', 'tl'),
    ('30000000-0000-4000-8000-000000052008', '20000000-0000-4000-8000-000000000052', 'uk'),
    ('30000000-0000-4000-8000-000000052009', '20000000-0000-4000-8000-000000000052', 'iu')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000052001', '20000000-0000-4000-8000-000000000052', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000052', '20000000-0000-4000-8000-000000000052', null, '+1-800-555-0152', 'Interpreter request, 24/7')
on conflict do nothing;

-- 53. Crosswinds National Legal Aid Network – Survivor Legal Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000053', '10000000-0000-4000-8000-000000000036', 'Crosswinds National Legal Aid Network – Survivor Legal Line', 'Free first consultation and referral to a lawyer in the survivor''s province or territory.', 'active', 'crosswinds@example.org', true, true, false, date '2026-04-21')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000053', 'LEGAL'), ('20000000-0000-4000-8000-000000000053', 'IMMIGRATION')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000053001', '20000000-0000-4000-8000-000000000053', 'en'),
    ('30000000-0000-4000-8000-000000053002', '20000000-0000-4000-8000-000000000053', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000053001', '20000000-0000-4000-8000-000000000053', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000053', '20000000-0000-4000-8000-000000000053', null, '+1-800-555-0153', 'Legal line')
on conflict do nothing;

-- 54. Second Dawn Survivor Network – Peer and Trauma Counselling
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000054', '10000000-0000-4000-8000-000000000037', 'Second Dawn Survivor Network – Peer and Trauma Counselling', 'Virtual counselling and survivor-led peer support by phone or video.', 'active', 'second-dawn@example.org', true, false, false, date '2025-07-28')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000054', 'COUNSELLING'), ('20000000-0000-4000-8000-000000000054', 'SEXUAL_ASSAULT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000054', 'WOMEN'), ('20000000-0000-4000-8000-000000000054', 'LGBTQ')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000054001', '20000000-0000-4000-8000-000000000054', 'en'),
    ('30000000-0000-4000-8000-000000054002', '20000000-0000-4000-8000-000000000054', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000054001', '20000000-0000-4000-8000-000000000054', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000054', '20000000-0000-4000-8000-000000000054', null, '+1-800-555-0154', 'Intake')
on conflict do nothing;

-- 55. Safe Harbours Coalition of Canada – National Shelter Placement Desk
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000055', '10000000-0000-4000-8000-000000000038', 'Safe Harbours Coalition of Canada – National Shelter Placement Desk', 'Places survivors in a member shelter in another city when staying local is unsafe.', 'active', 'safe-harbours@example.org', true, false, true, date '2026-10-27')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000055', 'SAFE_HOUSING'), ('20000000-0000-4000-8000-000000000055', 'DOMESTIC_VIOLENCE')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000055', 'WOMEN'), ('20000000-0000-4000-8000-000000000055', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000055001', '20000000-0000-4000-8000-000000000055', 'en'),
    ('30000000-0000-4000-8000-000000055002', '20000000-0000-4000-8000-000000000055', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000055001', '20000000-0000-4000-8000-000000000055', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000055', '20000000-0000-4000-8000-000000000055', null, '+1-800-555-0155', 'Placement desk, 24/7')
on conflict do nothing;

-- 56. National Victim Support Secretariat – Emergency Assistance Fund
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000056', '10000000-0000-4000-8000-000000000039', 'National Victim Support Secretariat – Emergency Assistance Fund', 'Emergency funds for travel, housing deposits, replacement identity documents and basic needs.', 'active', 'victim-secretariat@example.org', true, false, false, date '2025-09-15')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000056', 'FINANCIAL')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000056001', '20000000-0000-4000-8000-000000000056', 'en'),
    ('30000000-0000-4000-8000-000000056002', '20000000-0000-4000-8000-000000000056', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000056001', '20000000-0000-4000-8000-000000000056', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000056', '20000000-0000-4000-8000-000000000056', null, '+1-800-555-0156', 'Fund enquiries')
on conflict do nothing;

-- 57. National Victim Support Secretariat – Temporary Resident Permit Guidance
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000057', '10000000-0000-4000-8000-000000000039', 'National Victim Support Secretariat – Temporary Resident Permit Guidance', 'Explains the permit for foreign nationals who are victims of trafficking and how to apply.', 'active', 'victim-secretariat@example.org', true, false, false, date '2025-05-20')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000057', 'IMMIGRATION')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000057', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000057001', '20000000-0000-4000-8000-000000000057', 'en'),
    ('30000000-0000-4000-8000-000000057002', '20000000-0000-4000-8000-000000000057', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000057001', '20000000-0000-4000-8000-000000000057', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000057', '20000000-0000-4000-8000-000000000057', null, '+1-800-555-0157', 'Guidance line')
on conflict do nothing;

-- 58. Open Fields Migrant Worker Alliance – Migrant Worker Rights Hotline
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000058', '10000000-0000-4000-8000-000000000040', 'Open Fields Migrant Worker Alliance – Migrant Worker Rights Hotline', 'Rights information, complaint support and referrals for workers on employer-specific permits.', 'active', 'open-fields@example.org', true, true, false, date '2026-06-10')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000058', 'LABOUR_RIGHTS'), ('20000000-0000-4000-8000-000000000058', 'IMMIGRATION')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000058', 'MIGRANT_WORKERS')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000058001', '20000000-0000-4000-8000-000000000058', 'en'),
    ('30000000-0000-4000-8000-000000058002', '20000000-0000-4000-8000-000000000058', 'fr'),
    ('30000000-0000-4000-8000-000000058003', '20000000-0000-4000-8000-000000000058', 'es'),
    ('30000000-0000-4000-8000-000000058004', '20000000-0000-4000-8000-000000000058', 'tl')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000058001', '20000000-0000-4000-8000-000000000058', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000058', '20000000-0000-4000-8000-000000000058', null, '+1-800-555-0158', 'Hotline')
on conflict do nothing;

-- 59. Kite Line Youth Network – Youth Support Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000059', '10000000-0000-4000-8000-000000000041', 'Kite Line Youth Network – Youth Support Line', 'Phone and chat support for children and youth, any time.', 'active', 'kite-line@example.org', true, false, true, date '2026-03-30')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000059', 'YOUTH'), ('20000000-0000-4000-8000-000000000059', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000059', 'MINOR')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000059001', '20000000-0000-4000-8000-000000000059', 'en'),
    ('30000000-0000-4000-8000-000000059002', '20000000-0000-4000-8000-000000000059', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000059001', '20000000-0000-4000-8000-000000000059', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000059', '20000000-0000-4000-8000-000000000059', null, '+1-800-555-0159', 'Youth line, 24/7')
on conflict do nothing;

-- 60. Clear Path Health Navigation – Virtual Nurse Navigation
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000060', '10000000-0000-4000-8000-000000000042', 'Clear Path Health Navigation – Virtual Nurse Navigation', 'Nurses who find nearby health care, including sexual health and care without a health card.', 'active', 'clear-path@example.org', true, false, false, date '2025-11-24')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000060', 'HEALTH')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000060001', '20000000-0000-4000-8000-000000000060', 'en'),
    ('30000000-0000-4000-8000-000000060002', '20000000-0000-4000-8000-000000000060', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000060001', '20000000-0000-4000-8000-000000000060', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000060', '20000000-0000-4000-8000-000000000060', null, '+1-800-555-0160', 'Nurse line')
on conflict do nothing;

-- 61. Safe Harbours Coalition of Canada – Safety Planning Line
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000061', '10000000-0000-4000-8000-000000000038', 'Safe Harbours Coalition of Canada – Safety Planning Line', 'Safety planning for people whose trafficker is a partner or family member.', 'active', 'safe-harbours@example.org', true, false, true, date '2026-02-02')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000061', 'DOMESTIC_VIOLENCE'), ('20000000-0000-4000-8000-000000000061', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into service_population (service_id, population_code) values ('20000000-0000-4000-8000-000000000061', 'WOMEN'), ('20000000-0000-4000-8000-000000000061', 'FAMILIES')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000061001', '20000000-0000-4000-8000-000000000061', 'en'),
    ('30000000-0000-4000-8000-000000061002', '20000000-0000-4000-8000-000000000061', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000061001', '20000000-0000-4000-8000-000000000061', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000061', '20000000-0000-4000-8000-000000000061', null, '+1-800-555-0161', 'Safety line, 24/7')
on conflict do nothing;

-- 62. Second Dawn Survivor Network – Sexual Assault Support Chat
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000062', '10000000-0000-4000-8000-000000000037', 'Second Dawn Survivor Network – Sexual Assault Support Chat', 'Anonymous chat and phone support after sexual violence.', 'active', 'second-dawn@example.org', true, false, true, date '2026-08-18')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000062', 'SEXUAL_ASSAULT'), ('20000000-0000-4000-8000-000000000062', 'COUNSELLING')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000062001', '20000000-0000-4000-8000-000000000062', 'en'),
    ('30000000-0000-4000-8000-000000062002', '20000000-0000-4000-8000-000000000062', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000062001', '20000000-0000-4000-8000-000000000062', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000062', '20000000-0000-4000-8000-000000000062', null, '+1-800-555-0162', 'Support line, 24/7')
on conflict do nothing;

-- 63. Northbound National Crisis Line – Text Line Pilot
insert into service (id, organization_id, name, description, status, email, accepting_referrals, interpretation_available, open_24_7, assured_date) values
    ('20000000-0000-4000-8000-000000000063', '10000000-0000-4000-8000-000000000034', 'Northbound National Crisis Line – Text Line Pilot', 'Text-message pilot, ended.', 'inactive', 'northbound@example.org', false, false, false, date '2025-01-13')
on conflict do nothing;
insert into service_need (service_id, need_code) values ('20000000-0000-4000-8000-000000000063', 'CRISIS_SUPPORT')
on conflict do nothing;
insert into language (id, service_id, code) values
    ('30000000-0000-4000-8000-000000063001', '20000000-0000-4000-8000-000000000063', 'en'),
    ('30000000-0000-4000-8000-000000063002', '20000000-0000-4000-8000-000000000063', 'fr')
on conflict do nothing;
insert into service_area (id, service_id, extent, extent_type) values ('40000000-0000-4000-8000-000000063001', '20000000-0000-4000-8000-000000000063', 'CA', 'text')
on conflict do nothing;
insert into phone (id, service_id, organization_id, number, description) values ('50000000-0000-4000-8000-000000000063', '20000000-0000-4000-8000-000000000063', null, '+1-800-555-0163', 'Text line')
on conflict do nothing;

-- Referral and reporting protocols: national fallback, provinces and territories, municipalities

-- Protocol: National fallback
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000001', null, null, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-03-31', 1, true, 'National fallback when no provincial or municipal protocol applies.', 'system', timestamptz '2026-01-15 09:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000001', 1, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'PRIMARY', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET'),
    ('60000000-0000-4000-8000-000000000001', 2, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Duty Operations', 'AFTER_HOURS', 'Duty NCO', '+1-800-555-0171', 'nfc-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000001', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Office of the Officer in Charge', 'ESCALATION', 'Insp. R. Castellano', '+1-800-555-0172', 'nfc-oic@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000001', 1, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7'),
    ('60000000-0000-4000-8000-000000000001', 2, 'Many Voices Interpretation Network – Telephone Interpretation', '+1-800-555-0152', '24/7'),
    ('60000000-0000-4000-8000-000000000001', 3, 'Safe Harbours Coalition of Canada – National Shelter Placement Desk', '+1-800-555-0155', '24/7')
on conflict do nothing;

-- Protocol: AB
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000002', 'AB', null, 'Aspen Country Integrated Policing – Human Trafficking Response Team', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-03-15', 1, true, 'Provincial protocol agreed with the lead police agency for Alberta.', 'system', timestamptz '2026-03-09 15:20:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000002', 1, 'Aspen Country Integrated Policing – Human Trafficking Response Team', 'Intake Coordination', 'PRIMARY', 'Det. L. Kowalchuk', '+1-403-555-0170', 'acip-ht-intake@example.org', 'Mon–Fri 08:00–16:00 MT'),
    ('60000000-0000-4000-8000-000000000002', 2, 'Aspen Country Integrated Policing – Human Trafficking Response Team', 'Duty Office', 'AFTER_HOURS', 'Duty Sergeant', '+1-403-555-0171', 'acip-ht-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000002', 3, 'Aspen Country Integrated Policing – Human Trafficking Response Team', 'Office of the Unit Commander', 'ESCALATION', 'Staff Sgt. D. Running', '+1-403-555-0172', 'acip-ht-command@example.org', 'Mon–Fri 08:00–16:00 MT')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000002', 1, 'Aspen Ridge Crisis Line – 24/7 Crisis Line', '+1-403-555-0135', '24/7')
on conflict do nothing;

-- Protocol: BC
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000003', 'BC', null, 'Western Shores Integrated Police Unit – Human Trafficking Team', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-04-15', 1, true, 'Provincial protocol agreed with the lead police agency for British Columbia.', 'system', timestamptz '2026-04-14 17:05:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000003', 1, 'Western Shores Integrated Police Unit – Human Trafficking Team', 'Intake Coordination', 'PRIMARY', 'Cpl. J. Nakamura', '+1-604-555-0170', 'wsipu-ht-intake@example.org', 'Mon–Fri 08:00–16:00 PT'),
    ('60000000-0000-4000-8000-000000000003', 2, 'Western Shores Integrated Police Unit – Human Trafficking Team', 'Duty Office', 'AFTER_HOURS', 'On-call Investigator', '+1-604-555-0171', 'wsipu-ht-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000003', 3, 'Western Shores Integrated Police Unit – Human Trafficking Team', 'Office of the Unit Commander', 'ESCALATION', 'S/Sgt. P. Dhillon', '+1-604-555-0172', 'wsipu-ht-command@example.org', 'Mon–Fri 08:00–16:00 PT')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000003', 1, 'Coastal Cedar Shelter Society – Provincial Shelter Referral Line', '+1-604-555-0129', '24/7'),
    ('60000000-0000-4000-8000-000000000003', 2, 'Tidewater Youth Outreach Society – Provincial Youth Outreach Line', '+1-604-555-0131', 'Mon–Fri 09:00–21:00')
on conflict do nothing;

-- Protocol: MB
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000004', 'MB', null, 'Prairie Gate Integrated Police – Counter-Exploitation Unit', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-05-15', 1, true, 'Provincial protocol agreed with the lead police agency for Manitoba.', 'system', timestamptz '2026-05-06 14:40:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000004', 1, 'Prairie Gate Integrated Police – Counter-Exploitation Unit', 'Intake Coordination', 'PRIMARY', 'Det. Sgt. C. Beaulieu', '+1-204-555-0170', 'pgip-ceu-intake@example.org', 'Mon–Fri 08:00–16:00 CT'),
    ('60000000-0000-4000-8000-000000000004', 2, 'Prairie Gate Integrated Police – Counter-Exploitation Unit', 'Duty Office', 'AFTER_HOURS', 'On-call Detective', '+1-204-555-0171', 'pgip-ceu-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000004', 3, 'Prairie Gate Integrated Police – Counter-Exploitation Unit', 'Office of the Unit Commander', 'ESCALATION', 'Insp. H. Fontaine', '+1-204-555-0172', 'pgip-ceu-command@example.org', 'Mon–Fri 08:00–16:00 CT')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000004', 1, 'Prairie Lantern Safe House – Provincial Crisis Line', '+1-204-555-0138', '24/7'),
    ('60000000-0000-4000-8000-000000000004', 2, 'Prairie Lantern Safe House – Emergency Shelter', '+1-204-555-0137', '24/7')
on conflict do nothing;

-- Protocol: NB
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000005', 'NB', null, 'Northern Federal Constabulary – New Brunswick Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-06-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-02-18 13:10:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000005', 1, 'Northern Federal Constabulary – New Brunswick Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. L. Comeau', '+1-506-555-0170', 'nfc-nb-gis@example.org', 'Mon–Fri 08:00–16:00 AT'),
    ('60000000-0000-4000-8000-000000000005', 2, 'Northern Federal Constabulary – New Brunswick Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-506-555-0171', 'nfc-nb-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000005', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000005', 1, 'Riverbend Tide Shelter – Ligne de crise / Crisis Line', '+1-506-555-0143', '24/7'),
    ('60000000-0000-4000-8000-000000000005', 2, 'Riverbend Tide Shelter – Emergency Housing', '+1-506-555-0142', 'Mon–Fri 08:30–16:30')
on conflict do nothing;

-- Protocol: NL
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000006', 'NL', null, 'Northern Federal Constabulary – Newfoundland and Labrador Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-07-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-07-21 12:30:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000006', 1, 'Northern Federal Constabulary – Newfoundland and Labrador Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. P. Hollett', '+1-709-555-0170', 'nfc-nl-gis@example.org', 'Mon–Fri 08:00–16:00 NT'),
    ('60000000-0000-4000-8000-000000000006', 2, 'Northern Federal Constabulary – Newfoundland and Labrador Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-709-555-0171', 'nfc-nl-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000006', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000006', 1, 'Saltbox Crisis Line – Crisis and Emergency Accommodation', '+1-709-555-0147', '24/7')
on conflict do nothing;

-- Protocol: NS
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000007', 'NS', null, 'Atlantic Shoreline Police Service – Human Trafficking Unit', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-08-15', 1, true, 'Provincial protocol agreed with the lead police agency for Nova Scotia.', 'system', timestamptz '2026-08-25 16:45:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000007', 1, 'Atlantic Shoreline Police Service – Human Trafficking Unit', 'Intake Coordination', 'PRIMARY', 'Det. Cst. S. MacIsaac', '+1-902-555-0170', 'asps-ht-intake@example.org', 'Mon–Fri 08:00–16:00 AT'),
    ('60000000-0000-4000-8000-000000000007', 2, 'Atlantic Shoreline Police Service – Human Trafficking Unit', 'Duty Office', 'AFTER_HOURS', 'Watch Commander', '+1-902-555-0171', 'asps-ht-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000007', 3, 'Atlantic Shoreline Police Service – Human Trafficking Unit', 'Office of the Unit Commander', 'ESCALATION', 'S/Sgt. T. Boudreau', '+1-902-555-0172', 'asps-ht-command@example.org', 'Mon–Fri 08:00–16:00 AT')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000007', 1, 'Harbourview Safe Passage – Provincial Support Line', '+1-902-555-0145', 'Mon–Fri 08:00–20:00'),
    ('60000000-0000-4000-8000-000000000007', 2, 'Harbourview Safe Passage – Safe House', '+1-902-555-0144', '24/7')
on conflict do nothing;

-- Protocol: NT
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000008', 'NT', null, 'Northern Federal Constabulary – Northwest Territories Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-09-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-09-29 18:15:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000008', 1, 'Northern Federal Constabulary – Northwest Territories Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. G. Morin', '+1-867-555-0170', 'nfc-nt-gis@example.org', 'Mon–Fri 08:00–16:00 MT'),
    ('60000000-0000-4000-8000-000000000008', 2, 'Northern Federal Constabulary – Northwest Territories Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-867-555-0171', 'nfc-nt-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000008', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000008', 1, 'Snowgoose Safe Shelter – Emergency Shelter', '+1-867-555-0149', '24/7'),
    ('60000000-0000-4000-8000-000000000008', 2, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7')
on conflict do nothing;

-- Protocol: NU
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000009', 'NU', null, 'Northern Federal Constabulary – Nunavut Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2026-06-30', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-01-08 19:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000009', 1, 'Northern Federal Constabulary – Nunavut Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. D. Pearce', '+1-867-555-0172', 'nfc-nu-gis@example.org', 'Mon–Fri 08:00–16:00 ET'),
    ('60000000-0000-4000-8000-000000000009', 2, 'Northern Federal Constabulary – Nunavut Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-867-555-0173', 'nfc-nu-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000009', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000009', 1, 'Tundra Lamp Crisis Line – Territorial Crisis Line', '+1-867-555-0150', '24/7'),
    ('60000000-0000-4000-8000-000000000009', 2, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7')
on conflict do nothing;

-- Protocol: ON
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000010', 'ON', null, 'Great Lakes Provincial Police – Anti-Human Trafficking Investigations', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-11-15', 1, true, 'Provincial protocol agreed with the lead police agency for Ontario.', 'system', timestamptz '2026-02-04 14:30:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000010', 1, 'Great Lakes Provincial Police – Anti-Human Trafficking Investigations', 'Intake Coordination', 'PRIMARY', 'Det. Sgt. V. Marchetti', '+1-705-555-0170', 'glpp-traffick-intake@example.org', 'Mon–Fri 08:00–16:00 ET'),
    ('60000000-0000-4000-8000-000000000010', 2, 'Great Lakes Provincial Police – Anti-Human Trafficking Investigations', 'Duty Office', 'AFTER_HOURS', 'On-call Detective', '+1-705-555-0171', 'glpp-traffick-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000010', 3, 'Great Lakes Provincial Police – Anti-Human Trafficking Investigations', 'Office of the Unit Commander', 'ESCALATION', 'D/Insp. K. Mahmoud', '+1-705-555-0172', 'glpp-traffick-command@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000010', 1, 'Great Lakes Shelter Alliance – Safe Bed Registry', '+1-416-555-0114', '24/7'),
    ('60000000-0000-4000-8000-000000000010', 2, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7')
on conflict do nothing;

-- Protocol: PE
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000011', 'PE', null, 'Northern Federal Constabulary – Prince Edward Island Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-12-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-03-27 13:50:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000011', 1, 'Northern Federal Constabulary – Prince Edward Island Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. C. MacPhail', '+1-902-555-0173', 'nfc-pe-gis@example.org', 'Mon–Fri 08:00–16:00 AT'),
    ('60000000-0000-4000-8000-000000000011', 2, 'Northern Federal Constabulary – Prince Edward Island Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-902-555-0174', 'nfc-pe-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000011', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000011', 1, 'Red Sand Crisis Support – Island Crisis Line', '+1-902-555-0146', '24/7')
on conflict do nothing;

-- Protocol: QC
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000012', 'QC', null, 'Sûreté provinciale Boréale – Escouade intégrée contre l''exploitation', 'Téléphoner au contact principal, puis transmettre le formulaire de référence sécurisé', 'supervisors', date '2027-01-15', 1, true, 'Protocole provincial signé avec le corps de police provincial.', 'system', timestamptz '2026-04-22 13:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000012', 1, 'Sûreté provinciale Boréale – Escouade intégrée contre l''exploitation', 'Coordination des signalements', 'PRIMARY', 'Sgt-dét. É. Gagnon', '+1-418-555-0170', 'spb-exploitation-intake@example.org', 'lun–ven 08:00–16:00'),
    ('60000000-0000-4000-8000-000000000012', 2, 'Sûreté provinciale Boréale – Escouade intégrée contre l''exploitation', 'Centre de commandement', 'AFTER_HOURS', 'Enquêteur de garde', '+1-418-555-0171', 'spb-exploitation-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000012', 3, 'Sûreté provinciale Boréale – Escouade intégrée contre l''exploitation', 'Bureau du commandant', 'ESCALATION', 'Insp. M.-È. Bélanger', '+1-418-555-0172', 'spb-exploitation-command@example.org', 'lun–ven 08:00–16:00')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000012', 1, 'Ligne Écoute-Rivage – Ligne de crise 24/7', '+1-514-555-0120', '24/7'),
    ('60000000-0000-4000-8000-000000000012', 2, 'Kite Line Youth Network – Youth Support Line', '+1-800-555-0159', '24/7'),
    ('60000000-0000-4000-8000-000000000012', 3, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7')
on conflict do nothing;

-- Protocol: SK
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000013', 'SK', null, 'Northern Federal Constabulary – Saskatchewan Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-02-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-05-19 15:35:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000013', 1, 'Northern Federal Constabulary – Saskatchewan Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. A. Lindqvist', '+1-306-555-0170', 'nfc-sk-gis@example.org', 'Mon–Fri 08:00–16:00 CT'),
    ('60000000-0000-4000-8000-000000000013', 2, 'Northern Federal Constabulary – Saskatchewan Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-306-555-0171', 'nfc-sk-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000013', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000013', 1, 'Long Horizon Crisis Support – Crisis Line', '+1-306-555-0140', '24/7'),
    ('60000000-0000-4000-8000-000000000013', 2, 'Long Horizon Crisis Support – Rural Safe Homes', '+1-306-555-0141', 'Mon–Fri 08:00–17:00')
on conflict do nothing;

-- Protocol: YT
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000014', 'YT', null, 'Northern Federal Constabulary – Yukon Detachment', 'Phone the detachment general line, then email the national coordination centre', 'supervisors', date '2027-03-01', 1, false, 'No partnership yet: contacts are the general detachment lines, escalation goes to the national centre.', 'system', timestamptz '2026-06-11 20:10:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000014', 1, 'Northern Federal Constabulary – Yukon Detachment', 'General Investigations Section', 'PRIMARY', 'Sgt. H. Olsen', '+1-867-555-0174', 'nfc-yt-gis@example.org', 'Mon–Fri 08:00–16:00 PT'),
    ('60000000-0000-4000-8000-000000000014', 2, 'Northern Federal Constabulary – Yukon Detachment', 'Operational Communications Centre', 'AFTER_HOURS', 'Duty Shift Supervisor', '+1-867-555-0175', 'nfc-yt-occ@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000014', 3, 'Northern Federal Constabulary – National Anti-Trafficking Coordination Centre', 'Intake Desk', 'ESCALATION', 'Sgt. M. Okafor', '+1-800-555-0170', 'nfc-intake@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000014', 1, 'Boreal Light Support Centre – Women''s Shelter', '+1-867-555-0148', '24/7'),
    ('60000000-0000-4000-8000-000000000014', 2, 'Northbound National Crisis Line – 24/7 Crisis Line', '+1-800-555-0151', '24/7')
on conflict do nothing;

-- Protocol: ON – Toronto
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000015', 'ON', 'Toronto', 'Lakeport Police Service – Human Trafficking Enforcement Team', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2027-02-28', 1, true, 'Municipal protocol: the Toronto police service takes reports within city limits.', 'system', timestamptz '2026-07-04 16:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000015', 1, 'Lakeport Police Service – Human Trafficking Enforcement Team', 'Human Trafficking Enforcement Team', 'PRIMARY', 'Det. Sgt. A. Tremblay', '+1-416-555-0170', 'lakeport-police-intake@example.org', 'Mon–Fri 07:00–19:00 ET'),
    ('60000000-0000-4000-8000-000000000015', 2, 'Lakeport Police Service – Human Trafficking Enforcement Team', 'Central Communications', 'AFTER_HOURS', 'Staff Sergeant on duty', '+1-416-555-0171', 'lakeport-police-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000015', 3, 'Lakeport Police Service – Human Trafficking Enforcement Team', 'Office of the Team Commander', 'ESCALATION', 'D/Insp. N. Osei', '+1-416-555-0172', 'lakeport-police-command@example.org', 'Mon–Fri 08:00–16:00 ET')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000015', 1, 'Beacon Line Crisis Network – Toronto 24/7 Crisis Line', '+1-416-555-0106', '24/7'),
    ('60000000-0000-4000-8000-000000000015', 2, 'Maple Harbour Safe House – Emergency Shelter', '+1-416-555-0101', '24/7'),
    ('60000000-0000-4000-8000-000000000015', 3, 'Great Lakes Shelter Alliance – Safe Bed Registry', '+1-416-555-0114', '24/7')
on conflict do nothing;

-- Protocol: QC – Montréal
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000016', 'QC', 'Montréal', 'Service de police de l''Île-Lumière – Module traite de personnes', 'Téléphoner au contact principal, puis transmettre le formulaire de référence sécurisé', 'supervisors', date '2027-05-31', 1, true, 'Protocole municipal : la police municipale prend les signalements sur son territoire.', 'system', timestamptz '2026-08-06 16:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000016', 1, 'Service de police de l''Île-Lumière – Module traite de personnes', 'Module traite de personnes', 'PRIMARY', 'Sgt-dét. J.-F. Lévesque', '+1-514-555-0170', 'spil-traite-intake@example.org', 'lun–ven 07:00–19:00'),
    ('60000000-0000-4000-8000-000000000016', 2, 'Service de police de l''Île-Lumière – Module traite de personnes', 'Centre de communications opérationnelles', 'AFTER_HOURS', 'Superviseure de quart', '+1-514-555-0171', 'spil-traite-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000016', 3, 'Service de police de l''Île-Lumière – Module traite de personnes', 'Bureau de la commandante', 'ESCALATION', 'Cmdt. G. Côté-Ouellet', '+1-514-555-0172', 'spil-traite-command@example.org', 'lun–ven 08:00–16:00')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000016', 1, 'Ligne Écoute-Rivage – Ligne de crise 24/7', '+1-514-555-0120', '24/7'),
    ('60000000-0000-4000-8000-000000000016', 2, 'Maison Aube-Claire – Hébergement d''urgence', '+1-514-555-0117', '24/7'),
    ('60000000-0000-4000-8000-000000000016', 3, 'Refuge Jeunesse Étoile-Filante – Hébergement jeunesse', '+1-514-555-0122', '24/7')
on conflict do nothing;

-- Protocol: BC – Vancouver
insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due, version, in_place, notes, updated_by, updated_at) values
    ('60000000-0000-4000-8000-000000000017', 'BC', 'Vancouver', 'Strait City Police – Counter-Exploitation Unit', 'Phone the primary contact, then send the secure referral form', 'supervisors', date '2026-06-30', 1, true, 'Municipal protocol: the Vancouver police service takes reports within city limits.', 'system', timestamptz '2026-01-20 16:00:00+00')
on conflict do nothing;
insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability) values
    ('60000000-0000-4000-8000-000000000017', 1, 'Strait City Police – Counter-Exploitation Unit', 'Counter-Exploitation Unit', 'PRIMARY', 'Det. R. Sandhu', '+1-604-555-0173', 'strait-police-intake@example.org', 'Mon–Fri 08:00–18:00 PT'),
    ('60000000-0000-4000-8000-000000000017', 2, 'Strait City Police – Counter-Exploitation Unit', 'Communications Centre', 'AFTER_HOURS', 'Duty Officer', '+1-604-555-0174', 'strait-police-duty@example.org', '24/7'),
    ('60000000-0000-4000-8000-000000000017', 3, 'Strait City Police – Counter-Exploitation Unit', 'Office of the Inspector', 'ESCALATION', 'Insp. W. Lau', '+1-604-555-0175', 'strait-police-command@example.org', 'Mon–Fri 08:00–16:00 PT')
on conflict do nothing;
insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values
    ('60000000-0000-4000-8000-000000000017', 1, 'Coastal Cedar Shelter Society – Emergency Safe House', '+1-604-555-0128', '24/7'),
    ('60000000-0000-4000-8000-000000000017', 2, 'Tidewater Youth Outreach Society – Youth Safe Beds', '+1-604-555-0130', '24/7'),
    ('60000000-0000-4000-8000-000000000017', 3, 'Coastal Cedar Shelter Society – Provincial Shelter Referral Line', '+1-604-555-0129', '24/7')
on conflict do nothing;
