"""Network file systems are refused (SQLite WAL is unsafe there), unless the expert override is given."""
import pytest

from border_monitor.domain.errors import StoreError
from border_monitor.store.gpkg.netfs import check_local, mount_of, network_filesystem, parse_mounts

FAKE_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
server:/export/gis /mnt/gis nfs4 rw,relatime,vers=4.2 0 0
//nas/share /media/share cifs rw,relatime,vers=3.0 0 0
user@host:/data /home/ana/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/gis/local ext4 rw 0 0
tmpfs /run tmpfs rw 0 0
hostshare /mnt/host\\040folder 9p rw,trans=virtio 0 0
"""


def test_parse_mounts_reads_entries_and_escapes():
    mounts = parse_mounts(FAKE_MOUNTS)
    assert len(mounts) == 8
    assert mounts[2].mount_point == "/mnt/gis" and mounts[2].fs_type == "nfs4"
    assert mounts[7].mount_point == "/mnt/host folder"


@pytest.mark.parametrize("path, expected", [
    ("/mnt/gis/incidents.gpkg", "nfs4"),
    ("/mnt/gis/local/incidents.gpkg", None),  # a local disk mounted inside the share
    ("/media/share/a/b.gpkg", "cifs"),
    ("/home/ana/remote/x.gpkg", "fuse.sshfs"),
    ("/mnt/host folder/x.gpkg", "9p"),
    ("/mnt/gisx/x.gpkg", None),  # a prefix of the name is not the mount
    ("/home/ana/x.gpkg", None),
])
def test_network_filesystem_by_longest_mount(path, expected):
    mount = mount_of(path, parse_mounts(FAKE_MOUNTS))
    assert mount is not None
    assert network_filesystem(path, FAKE_MOUNTS) == expected


def test_check_local_refuses_with_a_sentence_and_allows_the_override():
    with pytest.raises(StoreError, match=r"network file system \(nfs4\).*allow_network=True"):
        check_local("/mnt/gis/incidents.gpkg", mounts_text=FAKE_MOUNTS)
    check_local("/mnt/gis/incidents.gpkg", allow_network=True, mounts_text=FAKE_MOUNTS)
    check_local("/home/ana/x.gpkg", mounts_text=FAKE_MOUNTS)


def test_this_machine_temp_folder_is_local(tmp_path):
    assert network_filesystem(tmp_path / "new.gpkg") is None
