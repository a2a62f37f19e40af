-- Honours granted (by award-service's decisions) on the bloc's proposals: the bloc's record of honours.
create table bloc_honour (
    honour_id        uuid           primary key,
    bloc_id          uuid           not null references bloc (id),
    year             integer        not null,
    award_type_name  varchar(300)   not null,
    recipient_name   varchar(300)   not null,
    recipient_unit_id uuid,
    decision_number  varchar(100)   not null,
    decided_on       date           not null,
    revoked          boolean        not null default false,
    revoked_reason   varchar(1000),
    received_at      timestamptz    not null
);
create index bloc_honour_bloc on bloc_honour (bloc_id, year);
