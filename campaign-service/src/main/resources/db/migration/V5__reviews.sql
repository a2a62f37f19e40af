-- Sơ kết / tổng kết: the organizer gathers every unit's results, ranks them and names exemplary collectives and individuals.
create table review (
    id            uuid           primary key,
    campaign_id   uuid           not null references campaign (id),
    kind          varchar(20)    not null,
    title         varchar(300)   not null,
    held_on       date           not null,
    status        varchar(20)    not null,
    -- the standings as they were when the review closed (while open they are computed on demand)
    standings     jsonb,
    opened_by     varchar(200)   not null,
    opened_at     timestamptz    not null,
    closed_by     varchar(200),
    closed_at     timestamptz,
    version       bigint         not null default 0
);
create index review_campaign on review (campaign_id);
-- one review at a time, one final review per campaign
create unique index review_one_open on review (campaign_id) where status = 'OPEN';
create unique index review_one_final on review (campaign_id) where kind = 'FINAL';

-- Điển hình tiên tiến selected at the review, with a short citation and the planned award proposed.
create table review_exemplar (
    review_id        uuid           not null references review (id) on delete cascade,
    position         integer        not null,
    kind             varchar(20)    not null,
    unit_id          uuid           not null,
    person_name      varchar(200),
    person_position  varchar(200),
    citation         varchar(1000)  not null,
    award_type       varchar(300),
    primary key (review_id, position)
);

