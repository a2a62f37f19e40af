-- Đăng ký thi đua: a unit's targets and pledges for a campaign, prepared by its officer, submitted by its leader.
create table registration (
    id              uuid          primary key,
    campaign_id     uuid          not null references campaign (id),
    unit_id         uuid          not null,
    status          varchar(20)   not null,
    submitted_at    timestamptz,
    submitted_by    varchar(300),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint registration_once unique (campaign_id, unit_id)
);

create table registration_target (
    registration_id  uuid            not null references registration (id) on delete cascade,
    target_number    integer         not null,
    value            numeric(14, 2)  not null check (value >= 0),
    primary key (registration_id, target_number)
);

-- Mô hình, phần việc thiết thực the unit pledges.
create table registration_pledge (
    registration_id  uuid           not null references registration (id) on delete cascade,
    position         integer        not null,
    kind             varchar(20)    not null,
    title            varchar(500)   not null,
    description      varchar(4000),
    primary key (registration_id, position)
);
