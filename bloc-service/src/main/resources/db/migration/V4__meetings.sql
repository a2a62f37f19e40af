-- Hội nghị của khối: signing conference, mid-year (sơ kết) and year-end (tổng kết) reviews, others.
create table meeting (
    id              uuid           primary key,
    bloc_id         uuid           not null references bloc (id),
    kind            varchar(30)    not null,
    title           varchar(500)   not null,
    held_on         date           not null,
    place           varchar(500),
    chair_name      varchar(300)   not null,
    chair_position  varchar(300),
    agenda          text,
    minutes         text,
    version         bigint         not null default 0,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null
);
create index meeting_bloc on meeting (bloc_id, held_on);

create table meeting_attendance (
    meeting_id       uuid           not null references meeting (id) on delete cascade,
    unit_id          uuid           not null references unit (id),
    representatives  varchar(1000),
    primary key (meeting_id, unit_id)
);

-- What the meeting decided, linked to what it changed (a term, a covenant, a ranking).
create table meeting_decision (
    meeting_id  uuid           not null references meeting (id) on delete cascade,
    position    integer        not null,
    kind        varchar(20)    not null,
    subject_id  uuid,
    summary     varchar(2000)  not null,
    primary key (meeting_id, position)
);
