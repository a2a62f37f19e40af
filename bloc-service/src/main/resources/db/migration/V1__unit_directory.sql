-- Unit directory (danh bạ đơn vị): the tree of agencies, localities and their sub-units.
create table unit (
    id          uuid         primary key,
    name        varchar(300) not null,
    short_name  varchar(100),
    kind        varchar(30)  not null,
    parent_id   uuid references unit (id),
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index unit_parent on unit (parent_id);
create index unit_name_search on unit (lower(name));
-- two units with the same name under the same parent would be indistinguishable in pickers
create unique index unit_name_per_parent on unit (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));
