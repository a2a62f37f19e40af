-- The voting engine. Secret ballot: voting_ballot has no column naming the voter, no timestamp and no
-- sequence; who has voted is voting_participation, written in the same transaction. At each count the
-- round's ballots are sealed: rewritten in receipt order, so neither their physical order nor their
-- inserting transaction tells who cast them.
create table voting_session (
    id                  uuid          primary key,
    kind                varchar(10)   not null,
    council_id          uuid          references council,
    bloc_id             uuid,
    organizing_unit_id  uuid          not null,
    title               varchar(400)  not null,
    held_on             date          not null,
    election_year       integer,
    opens_at            timestamptz   not null,
    closes_at           timestamptz   not null,
    quorum_numerator    integer       not null,
    quorum_denominator  integer       not null,
    max_rounds          integer       not null,
    round               integer       not null,
    status              varchar(20)   not null,
    opened_by           varchar(100)  not null,
    closed_by           varchar(100),
    closed_at           timestamptz,
    election_reported   boolean       not null default false,
    version             bigint        not null,
    created_at          timestamptz   not null,
    check ((kind = 'COUNCIL') = (council_id is not null)),
    check ((kind = 'BLOC') = (bloc_id is not null)),
    check (closes_at > opens_at),
    check (quorum_numerator > 0 and quorum_numerator <= quorum_denominator)
);
create index voting_session_unit on voting_session (organizing_unit_id);

-- The electorate, fixed when the session opens: council members by account, or member units on the day.
create table voting_elector (
    id          uuid          primary key,
    session_id  uuid          not null references voting_session on delete cascade,
    position    integer       not null,
    voter_key   varchar(100)  not null,
    name        varchar(300)  not null,
    detail      varchar(300),
    unique (session_id, voter_key)
);

create table voting_question (
    id           uuid          primary key,
    session_id   uuid          not null references voting_session on delete cascade,
    round        integer       not null,
    position     integer       not null,
    kind         varchar(20)   not null,
    title        varchar(500)  not null,
    nomination_id uuid,
    role         varchar(10),
    threshold    numeric(5,2)  not null,
    strict       boolean       not null,
    denominator  varchar(20)   not null,
    max_choices  integer       not null,
    options      jsonb         not null,
    runoff_of    uuid          references voting_question,
    result       jsonb,
    referral     jsonb
);
create index voting_question_session on voting_question (session_id, round);
create index voting_question_nomination on voting_question (nomination_id);

create table voting_participation (
    session_id  uuid          not null references voting_session on delete cascade,
    round       integer       not null,
    elector_id  uuid          not null references voting_elector on delete cascade,
    written     boolean       not null,
    entered_by  varchar(100),
    primary key (session_id, round, elector_id)
);

create table voting_ballot (
    id          uuid          primary key,
    session_id  uuid          not null references voting_session on delete cascade,
    round       integer       not null,
    receipt     varchar(20)   not null,
    choices     jsonb         not null,
    unique (session_id, receipt)
);
create index voting_ballot_round on voting_ballot (session_id, round);

-- A nomination under a session cannot be voted from minutes or withdrawn until the count.
alter table nomination add column voting_session_id uuid;
-- The bloc's ballot on a draft it proposed (bình xét, suy tôn), as the count stated it.
alter table nomination add column bloc_ballot varchar(300);
