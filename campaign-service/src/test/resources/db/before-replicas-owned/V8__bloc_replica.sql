-- Blocs as bloc-service reports them (thidua.blocs.v1): the shared replicas module keeps them
-- beside the membership periods.
create table bloc_replica (
    id                  uuid         primary key,
    organizing_unit_id  uuid         not null,
    code                varchar(40)  not null,
    name                varchar(300) not null,
    version             bigint       not null,
    received_at         timestamptz  not null
);
