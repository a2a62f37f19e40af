-- The day a unit registered a title (date of record), which may be earlier than the day it was typed in.
alter table title_registration add column registered_on date;
update title_registration set registered_on = (registered_at at time zone 'Asia/Ho_Chi_Minh')::date;
alter table title_registration alter column registered_on set not null;
