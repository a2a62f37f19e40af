-- Who signed the launch document: its signature block ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Nguyễn Văn A").
alter table campaign
    add column doc_signing_for      varchar(100),
    add column doc_signer_position  varchar(300),
    add column doc_signer_name      varchar(300);
