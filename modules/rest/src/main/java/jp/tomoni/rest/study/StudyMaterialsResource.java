package jp.tomoni.rest.study;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.study.StudyMaterials;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.MaterialRepository.Material;
import jp.tomoni.domain.study.Subject;
import jp.tomoni.rest.casework.Inputs;

/** Study materials (教材・問題集): NPO staff upload by grade and subject; guardians download those for their children. */
@Path("t/{tenant}/study/materials")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyMaterialsResource {
    @Inject
    StudyMaterials materials;

    // ---- materials

    public record MaterialDto(UUID id, String agency, String agencyName, String title, String subject, int gradeFrom, int gradeTo,
                              String grades, String fileName, String contentType, int size, int downloads, Instant uploadedAt) {
        static MaterialDto of(Material m) {
            return new MaterialDto(m.id(), m.agency(), m.agencyName(), m.title(), m.subject().name(), m.gradeFrom(), m.gradeTo(),
                    Grade.span(m.gradeFrom(), m.gradeTo()), m.fileName(), m.contentType(), m.size(), m.downloads(), m.uploadedAt());
        }
    }

    /** For a guardian: the materials for their children's grades (no download counts). */
    @GET
    @Path("mine")
    public List<MaterialDto> forMyChildren() {
        return materials.forMyChildren().stream().map(m -> {
            MaterialDto d = MaterialDto.of(m);
            return new MaterialDto(d.id(), d.agency(), d.agencyName(), d.title(), d.subject(), d.gradeFrom(), d.gradeTo(), d.grades(),
                    d.fileName(), d.contentType(), d.size(), 0, d.uploadedAt());
        }).toList();
    }

    @GET
        public List<MaterialDto> managed() {
        return materials.managed().stream().map(MaterialDto::of).toList();
    }

    public record MaterialInput(String agency, String title, String subject, Integer gradeFrom, Integer gradeTo, String fileName,
                                String contentBase64) {
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response upload(MaterialInput input) {
        MaterialInput in = input == null ? new MaterialInput(null, null, null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Subject subject = Inputs.choice(Subject.class, in.subject(), "subject", v);
        byte[] bytes = null;
        if (in.contentBase64() != null) {
            try {
                bytes = Base64.getDecoder().decode(in.contentBase64());
            } catch (IllegalArgumentException e) {
                v.add(FieldViolation.of("file", "malformed"));
            }
        }
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(Map.of("id", materials.upload(in.agency(), in.title(), subject, in.gradeFrom(),
                in.gradeTo(), in.fileName(), bytes))).build();
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        var f = materials.download(Inputs.pathId(id, "id"));
        String encoded = java.net.URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.bytes(), f.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        materials.remove(Inputs.pathId(id, "id"));
        return Response.noContent().build();
    }
}
