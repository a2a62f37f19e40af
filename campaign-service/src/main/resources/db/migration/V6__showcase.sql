-- Mô hình, điển hình tiên tiến a unit built in a campaign, published for others to learn from.
create table exemplary_model (
    id            uuid           primary key,
    campaign_id   uuid           not null references campaign (id),
    unit_id       uuid           not null,
    title         varchar(500)   not null,
    description   text           not null,
    place         varchar(500)   not null,
    results       text           not null,
    published_by  varchar(200)   not null,
    published_at  timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null default 0
);
create index exemplary_model_campaign on exemplary_model (campaign_id);

create table model_photo (
    id            uuid           primary key,
    model_id      uuid           not null references exemplary_model (id) on delete cascade,
    filename      varchar(255)   not null,
    content_type  varchar(150)   not null,
    size          bigint         not null,
    sha256        char(64)       not null,
    content       bytea          not null,
    uploaded_by   varchar(200)   not null,
    uploaded_at   timestamptz    not null
);
create index model_photo_model on model_photo (model_id);

-- Nhân rộng: another unit adopted the model; once per unit.
create table model_adoption (
    id           uuid           primary key,
    model_id     uuid           not null references exemplary_model (id) on delete cascade,
    unit_id      uuid           not null,
    adopted_on   date           not null,
    note         varchar(2000),
    recorded_by  varchar(200)   not null,
    recorded_at  timestamptz    not null,
    constraint model_adoption_once unique (model_id, unit_id)
);
