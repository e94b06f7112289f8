// Stand-in for Bio-Formats' class of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats;

public final class MetadataTools {
	private MetadataTools() {}

	public static ome.xml.meta.OMEXMLMetadata createOMEXMLMetadata() {
		return new ome.xml.meta.OMEXMLMetadataImpl();
	}
}
