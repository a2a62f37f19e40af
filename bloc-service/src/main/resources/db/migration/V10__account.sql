-- Accounts of the people who use the system (tài khoản), as the directory knows them: who they are, which unit
-- they act for, in which role. Keycloak holds the credentials and is the one that signs their tokens; this
-- table is what officers list, filter and scope by unit, kept in step with Keycloak by bloc.account.
create table account (
    id            uuid primary key,           -- the Keycloak user's id
    username      varchar(100) not null,
    full_name     varchar(300) not null,
    email         varchar(255),
    unit_id       uuid references unit (id),
    position      varchar(300),
    roles         varchar(40)[] not null,
    enabled       boolean      not null,
    invited_at    timestamptz,
    invitation_error varchar(500),
    version       bigint       not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create unique index account_username on account (lower(username));
create index account_unit on account (unit_id);
