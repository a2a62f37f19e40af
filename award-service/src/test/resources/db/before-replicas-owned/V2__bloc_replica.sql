-- Blocs and their membership periods (from thidua.blocs.v1): a bloc's proposals and ballots are
-- judged against who was a member on the day.
create table bloc_replica (
    id                  uuid         primary key,
    organizing_unit_id  uuid         not null,
    code                varchar(40)  not null,
    name                varchar(300) not null,
    version             bigint       not null,
    received_at         timestamptz  not null
);

create table bloc_membership_replica (
    membership_id  uuid         primary key,
    bloc_id        uuid         not null,
    unit_id        uuid         not null,
    joined_on      date         not null,
    left_on        date,
    received_at    timestamptz  not null
);
create index bloc_membership_replica_bloc on bloc_membership_replica (bloc_id);
