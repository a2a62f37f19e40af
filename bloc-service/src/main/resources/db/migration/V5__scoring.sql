-- Chấm điểm, xếp hạng cuối năm against the covenant's scored clauses.
create table scoring_round (
    id                 uuid          primary key,
    bloc_id            uuid          not null references bloc (id),
    year               integer       not null,
    covenant_id        uuid          not null references covenant (id),
    covenant_revision  integer       not null,
    cross_scoring      boolean       not null,
    status             varchar(20)   not null,
    opened_at          timestamptz   not null,
    closed_at          timestamptz,
    confirmed_at       timestamptz,
    confirmed_by       varchar(200),
    version            bigint        not null default 0,
    constraint scoring_round_per_year unique (bloc_id, year)
);

-- One scorer unit's points for one scored unit on one clause.
create table score_entry (
    round_id        uuid           not null references scoring_round (id),
    scorer_unit_id  uuid           not null references unit (id),
    scored_unit_id  uuid           not null references unit (id),
    clause_number   integer        not null,
    points          numeric(7, 2)  not null check (points >= 0),
    submitted_by    varchar(200)   not null,
    submitted_at    timestamptz    not null,
    primary key (round_id, scorer_unit_id, scored_unit_id, clause_number)
);

-- The ranking computed at closing, and the proposals the head confirms.
create table ranking_entry (
    round_id      uuid           not null references scoring_round (id),
    unit_id       uuid           not null references unit (id),
    rank          integer        not null,
    tied          boolean        not null,
    self_total    numeric(9, 2),
    score         numeric(9, 2)  not null,
    scorer_count  integer        not null,
    proposal      varchar(20),
    primary key (round_id, unit_id)
);
