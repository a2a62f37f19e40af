-- Files attached to a meeting (invitation, minutes, photos, the signed covenant scan), kept in the database.
create table meeting_attachment (
    id            uuid           primary key,
    meeting_id    uuid           not null references meeting (id) on delete cascade,
    filename      varchar(255)   not null,
    content_type  varchar(150)   not null,
    size          bigint         not null,
    sha256        char(64)       not null,
    content       bytea          not null,
    uploaded_by   varchar(200)   not null,
    uploaded_at   timestamptz    not null
);
create index meeting_attachment_meeting on meeting_attachment (meeting_id);
