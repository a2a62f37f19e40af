-- The audit log is appended without a lock (a global lock serialised every write of a service); a sealer orders
-- what was appended into a Merkle tree and signs its head (platform.audit.AuditSealer). The hash chain goes: its
-- evidence is replaced by the first signed head, which covers every record kept so far.
alter table audit_log drop column prev_hash, drop column hash;

-- what the sealer has still to order into the tree; filled by a trigger so that no writer can forget it
create table audit_unsealed (
    seq bigint primary key references audit_log (seq)
);
insert into audit_unsealed (seq) select seq from audit_log;

create function audit_log_queue() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (seq) values (new.seq);
    return new;
end
$$;
create trigger audit_log_queue after insert on audit_log for each row execute function audit_log_queue();

create table audit_leaf (
    leaf_index bigint   primary key,
    seq        bigint   not null unique references audit_log (seq),
    leaf_hash  char(64) not null
);

create table audit_signing_key (
    key_id      char(64)    primary key,
    public_key  text        not null,
    private_key text,
    created_at  timestamptz not null
);

create table audit_tree_head (
    tree_size  bigint      primary key,
    root_hash  char(64)    not null,
    frontier   text        not null,
    sealed_at  timestamptz not null,
    key_id     char(64)    not null references audit_signing_key (key_id),
    signature  text        not null
);
