-- People of the units with the facts eligibility needs, kept across years so consecutive-year rules
-- can be checked; and each collective's own yearly task rating.
create table person (
    id                 uuid         primary key,
    unit_id            uuid         not null,
    full_name          varchar(200) not null,
    gender             varchar(10)  not null,
    birth_year         int,
    position           varchar(200),
    under_inspection   boolean      not null default false,
    under_complaint    boolean      not null default false,
    hold_note          varchar(500),
    version            bigint       not null,
    created_by         varchar(200) not null,
    created_at         timestamptz  not null
);
create index person_unit on person (unit_id);
create index person_name on person (lower(full_name));

create table person_rating (
    person_id  uuid        not null references person (id) on delete cascade,
    year       int         not null,
    rating     varchar(20) not null,
    primary key (person_id, year)
);

create table person_initiative (
    person_id    uuid         not null references person (id) on delete cascade,
    position     int          not null,
    year         int          not null,
    title        varchar(500) not null,
    level        varchar(20)  not null,
    recognition  varchar(300),
    primary key (person_id, position)
);

create table person_discipline (
    person_id   uuid         not null references person (id) on delete cascade,
    position    int          not null,
    form        varchar(20)  not null,
    from_date   date         not null,
    to_date     date         not null,
    reason      varchar(500),
    primary key (person_id, position),
    check (to_date >= from_date)
);

create table unit_assessment (
    unit_id   uuid         not null,
    year      int          not null,
    rating    varchar(20)  not null,
    under_inspection boolean not null default false,
    rated_by  varchar(200) not null,
    rated_at  timestamptz  not null,
    primary key (unit_id, year)
);
