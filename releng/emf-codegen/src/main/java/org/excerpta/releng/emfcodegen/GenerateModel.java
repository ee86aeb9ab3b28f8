package org.excerpta.releng.emfcodegen;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * Regenerates the EMF model code of org.excerpta.model without an Eclipse IDE.
 *
 * <ol>
 * <li>loads {@code model/excerpta.ecore},</li>
 * <li>builds a complete GenModel from it ({@link GenModel#initialize}) and saves it over
 * {@code model/excerpta.genmodel},</li>
 * <li>runs EMF's {@link Generator} for the model project only, writing Java into {@code src-gen/}
 * (JMerge keeps hand edits in methods marked {@code @generated NOT}).</li>
 * </ol>
 *
 * plugin.xml, META-INF/MANIFEST.MF, build.properties and plugin.properties are never written: the
 * bundle maintains its own.
 *
 * <p>Argument: the bundle folder (the one holding {@code model/}).
 */
public final class GenerateModel {

  private static final String PLUGIN_ID = "org.excerpta.model";
  private static final String ECORE = "excerpta.ecore";
  private static final String GENMODEL = "excerpta.genmodel";

  private GenerateModel() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GenerateModel <path to bundles/org.excerpta.model>");
      System.exit(2);
    }
    File bundle = new File(args[0]).getCanonicalFile();
    if (!new File(bundle, "model/" + ECORE).isFile()) {
      throw new IllegalArgumentException("no model/" + ECORE + " in " + bundle);
    }

    // platform:/resource/org.excerpta.model/ -> the bundle folder.
    EcorePlugin.getPlatformResourceMap().put(PLUGIN_ID, URI.createFileURI(bundle.getPath() + "/"));

    ResourceSet rs = new ResourceSetImpl();
    // platform:/plugin/org.eclipse.emf.ecore/ etc. -> the jars on the class path (for Ecore.genmodel).
    rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
    Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

    URI ecoreURI = URI.createPlatformResourceURI("/" + PLUGIN_ID + "/model/" + ECORE, true);
    URI genModelURI = URI.createPlatformResourceURI("/" + PLUGIN_ID + "/model/" + GENMODEL, true);
    Resource ecoreResource = rs.getResource(ecoreURI, true);
    EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);
    EcoreUtil.resolveAll(ecoreResource);
    fail("loading " + ECORE, null, ecoreResource);

    GenModel genModel = buildGenModel(rs, genModelURI, ePackage);

    Diagnostic validation = genModel.diagnose();
    fail("GenModel validation", validation, null);

    Map<Object, Object> saveOptions = new HashMap<>();
    saveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
    saveOptions.put(XMLResource.OPTION_LINE_WIDTH, 80);
    saveOptions.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
    saveOptions.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
    genModel.eResource().save(saveOptions);
    System.out.println("Saved " + genModel.eResource().getURI());

    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry()
        .addDescriptor(GenModelPackage.eNS_URI, ModelOnlyAdapterFactory.DESCRIPTOR);
    generator.getOptions().resourceSet = rs;
    generator.setInput(genModel);
    Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
        new BasicMonitor.Printing(System.out));
    fail("generation", result, null);
    System.out.println("Generated into " + new File(bundle, "src-gen"));
  }

  private static GenModel buildGenModel(ResourceSet rs, URI genModelURI, EPackage ePackage) {
    Resource genResource = rs.createResource(genModelURI);
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genResource.getContents().add(genModel);
    genModel.initialize(Collections.singleton(ePackage));

    genModel.setModelName("Excerpta");
    genModel.setModelDirectory("/" + PLUGIN_ID + "/src-gen");
    genModel.setModelPluginID(PLUGIN_ID);
    genModel.setImporterID("org.eclipse.emf.importer.ecore");
    genModel.getForeignModel().add(ECORE);
    genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
    genModel.setRootExtendsClass("org.excerpta.model.notify.TreeObject");
    genModel.setBundleManifest(false);
    genModel.setUpdateClasspath(false);
    genModel.setCopyrightFields(false);
    genModel.setImportOrganizing(true);
    genModel.setOperationReflection(true);
    genModel.setSuppressEMFMetaData(false);
    genModel.setCodeFormatting(false); // needs a running Eclipse (JDT formatter); no-op standalone anyway
    genModel.setCanGenerate(true);

    GenPackage genPackage = genModel.getGenPackages().get(0);
    genPackage.setBasePackage("org.excerpta");
    genPackage.setPrefix("Excerpta");
    genPackage.setDisposableProviderFactory(true);

    // Ecore's own data types (EString, EDate, ...) are resolved by the generator itself; this only adds
    // a used GenPackage should the model ever reference another generated model.
    List<GenPackage> missing = genModel.computeMissingUsedGenPackages();
    genModel.getUsedGenPackages().addAll(missing);
    genModel.reconcile();
    return genModel;
  }

  private static void fail(String what, Diagnostic diagnostic, Resource resource) {
    if (resource != null && !resource.getErrors().isEmpty()) {
      resource.getErrors().forEach(e -> System.err.println(what + ": " + e));
      throw new IllegalStateException(what + " failed");
    }
    if (diagnostic == null) {
      return;
    }
    if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
      print(diagnostic, "");
    }
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException(what + " failed");
    }
  }

  private static void print(Diagnostic diagnostic, String indent) {
    System.err.println(indent + severity(diagnostic) + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren()) {
      print(child, indent + "  ");
    }
  }

  private static String severity(Diagnostic d) {
    switch (d.getSeverity()) {
      case Diagnostic.ERROR: return "ERROR: ";
      case Diagnostic.WARNING: return "WARNING: ";
      default: return "";
    }
  }

  /** Generates the model code only; never the bundle's plugin.xml, MANIFEST.MF, build.properties or plugin.properties. */
  static final class ModelOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {

    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = ModelOnlyAdapterFactory::new;

    @Override
    public org.eclipse.emf.common.notify.Adapter createGenModelAdapter() {
      if (genModelGeneratorAdapter == null) {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
          @Override
          protected void generateModelManifest(GenModel genModel, Monitor monitor) {
            monitor.worked(1); // MANIFEST.MF and plugin.xml are maintained by hand
          }

          @Override
          protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
          }

          @Override
          protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
          }

          @Override
          protected void generateModelModule(GenModel genModel, Monitor monitor) {
            monitor.worked(1); // GWT module
          }
        };
      }
      return genModelGeneratorAdapter;
    }
  }
}
