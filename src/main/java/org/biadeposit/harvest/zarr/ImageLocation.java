package org.biadeposit.harvest.zarr;

/**
 * Where a multiscales image sits in the store and what to call it.
 *
 * @param path the group's path inside the store ("" for the store itself)
 * @param fixedName the image's name whatever its metadata says (plate fields are named by well and field), or null
 * @param defaultName the name when the multiscales metadata has none
 */
record ImageLocation(String path, String fixedName, String defaultName) {}
