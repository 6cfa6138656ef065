package io.pcmops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type and public method of the package {@code io.pcmops} (the library's API) has a Javadoc comment;
 * methods that override one inherit theirs. Parsing the package's sources takes well under a second.
 */
class PublicApiJavadocTest {

    private static final Path API = Path.of("src", "main", "java", "io", "pcmops");

    @Test
    void everyPublicTypeAndMethodOfTheApiPackage_isDocumented() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> missing = new ArrayList<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
             Stream<Path> sources = Files.list(API)) {
            List<Path> java = sources.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(java));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new Undocumented(docs, missing).scan(unit, null);
            }
            assertThat(java).hasSizeGreaterThan(20);
        }
        assertThat(missing).as("public API without Javadoc").isEmpty();
    }

    private static final class Undocumented extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final List<String> missing;

        Undocumented(DocTrees docs, List<String> missing) {
            this.docs = docs;
            this.missing = missing;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!isPublic(getCurrentPath())) {
                return null;
            }
            check(type.getSimpleName().toString());
            return super.visitClass(type, unused);
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            boolean overrides = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
            if (isPublic(getCurrentPath()) && !overrides && !method.getName().contentEquals("<init>")) {
                check(enclosingType() + "." + method.getName() + "()");
            }
            return null;
        }

        private void check(String name) {
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
                missing.add(getCurrentPath().getCompilationUnit().getSourceFile().getName()
                        .replaceAll(".*/", "") + ": " + name);
            }
        }

        private String enclosingType() {
            return ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getSimpleName().toString();
        }

        private static boolean isPublic(TreePath path) {
            Tree leaf = path.getLeaf();
            Tree parent = path.getParentPath().getLeaf();
            boolean inInterface = parent instanceof ClassTree owner && owner.getKind() == Tree.Kind.INTERFACE;
            var modifiers = leaf instanceof ClassTree type ? type.getModifiers() : ((MethodTree) leaf).getModifiers();
            return modifiers.getFlags().contains(Modifier.PUBLIC)
                    || inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE);
        }
    }
}
