-- A bloc's head and deputy per year (from thidua.blocs.v1 term-set events): who leads the bloc's votes.
create table bloc_term_replica (
    id              uuid         primary key,
    bloc_id         uuid         not null,
    year            integer      not null,
    head_unit_id    uuid         not null,
    deputy_unit_id  uuid         not null,
    version         bigint       not null,
    received_at     timestamptz  not null,
    unique (bloc_id, year)
);
