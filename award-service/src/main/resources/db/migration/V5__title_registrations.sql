-- Đăng ký danh hiệu thi đua: the titles a unit aims for in a year, for itself (no person) or for its people.
create table title_registration (
    id             uuid         primary key,
    unit_id        uuid         not null,
    year           int          not null,
    award_type     varchar(60)  not null references award_type (code),
    person_id      uuid         references person (id),
    registered_by  varchar(200) not null,
    registered_at  timestamptz  not null,
    unique nulls not distinct (unit_id, year, award_type, person_id)
);
create index title_registration_person on title_registration (person_id, year);
