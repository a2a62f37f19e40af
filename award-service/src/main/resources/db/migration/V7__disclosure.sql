-- Công khai: a notice publishes recommended nominations for a window of working days; objections hold
-- a nomination until resolved. Public holidays make the working-day count.
create table public_holiday (
    day   date          primary key,
    name  varchar(200)  not null
);
insert into public_holiday (day, name) values
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
    ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước'), ('2025-05-01', 'Ngày Quốc tế Lao động'),
    ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước'), ('2026-05-01', 'Ngày Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-05', 'Tết Nguyên đán'), ('2027-02-08', 'Tết Nguyên đán'), ('2027-02-09', 'Tết Nguyên đán'),
    ('2027-02-10', 'Tết Nguyên đán'), ('2027-02-11', 'Tết Nguyên đán'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước'), ('2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh');

create table notice (
    id                  uuid          primary key,
    organizing_unit_id  uuid          not null,
    title               varchar(300)  not null,
    opens_on            date          not null,
    working_days        int           not null check (working_days > 0),
    closes_on           date          not null,
    published_by        varchar(200)  not null,
    published_at        timestamptz   not null,
    check (closes_on >= opens_on)
);

create table objection (
    id              uuid           primary key,
    nomination_id   uuid           not null references nomination (id),
    notice_id       uuid           not null references notice (id),
    reason          varchar(4000)  not null,
    filed_by        varchar(200)   not null,
    filed_by_name   varchar(200)   not null,
    filed_at        timestamptz    not null,
    status          varchar(20)    not null,
    resolution      varchar(2000),
    resolved_by     varchar(200),
    resolved_at     timestamptz,
    version         bigint         not null
);
create index objection_nomination on objection (nomination_id);
