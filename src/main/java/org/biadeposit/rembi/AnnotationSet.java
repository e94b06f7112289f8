package org.biadeposit.rembi;

/**
 * Annotations of the images (MIFA): masks, labels, tracks..., with their own File-list whose rows name their source
 * image in a {@code Source Image} column.
 *
 * @param type one of BIA's annotation types, e.g. "segmentation_mask", "class_labels"
 * @param sourceImage a path pattern that gives each annotation file's source image, e.g. "images/{name}.tif"
 */
public record AnnotationSet(String title, String overview, String type, String method, String confidenceLevel,
	String criteria, String coverage, FileSelection files, String sourceImage, FileList fileList)
{

	public AnnotationSet withFileList(FileList list) {
		return new AnnotationSet(title, overview, type, method, confidenceLevel, criteria, coverage, files,
			sourceImage, list);
	}
}
