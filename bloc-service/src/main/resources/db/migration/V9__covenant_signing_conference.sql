-- The covenant's date of record (ngày ký kết): its signing conference (hội nghị ký kết) when the minutes are
-- recorded, otherwise the day the last member signed. The conference's place and chair are printed on it.
alter table covenant
    add column signed_on              date,
    add column signing_meeting_id     uuid references meeting (id),
    add column signing_place          varchar(500),
    add column signing_chair_rank     varchar(100),
    add column signing_chair_name     varchar(300),
    add column signing_chair_position varchar(300);
update covenant set signed_on = (in_force_at at time zone 'Asia/Ho_Chi_Minh')::date where in_force_at is not null;
