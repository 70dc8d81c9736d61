/// The data files of an organization (`content/organizaciones/<slug>/`) and their schemas.
/// Keys and columns are Spanish, as facilitators write them.
public enum OrganizationSchema {
    public static let profileFile = "perfil.yml"
    public static let actorsFile = "actores.csv"
    public static let alliesFolder = "aliados"
    public static let strategiesFile = "estrategias.yml"
    public static let resultsFile = "mapa-de-resultados.yml"
    public static let workPlanFile = "plan-de-trabajo.csv"
    public static let files = [profileFile, actorsFile, strategiesFile, resultsFile, workPlanFile]

    public static let sectors = [
        "gobierno", "sociedad civil", "sector privado", "academia", "organismos internacionales",
        "medios de comunicación", "grupos religiosos", "comunidad", "otro",
    ]
    public static let relations = ["fuerte", "colaborativa", "débil", "conflictiva"]
    public static let actorResults = ["positivo", "negativo"]
    public static let assessments = ["favorable", "con reservas", "desfavorable", "sin revisar"]
    public static let dueDiligenceCriteria = [
        "imagen_corporativa", "rendicion_de_cuentas_ambiental", "solidez_financiera", "reputacion",
    ]
    public static let mouPoints = [
        "proposito", "metas", "objetivos", "aspectos_clave", "actividades_criticas",
        "funciones_y_responsabilidades", "estructura_de_gobierno", "anexos", "monitoreo_y_evaluacion",
    ]

    public static let profile = DataSchema.record([
        DataField("nombre", .text, required: true),
        DataField("mision", .text, required: true),
        DataField("vision", .text),
        DataField("ciudad", .text),
        DataField("especialidad", .text),
        // Shown at the top of its pages: that the organization is fictional, say, or from when the data is.
        DataField("nota", .text),
        DataField("nivel", .choice(Level.allCases.map(\.rawValue)), required: true),
        DataField(
            "participantes",
            .list(.record([DataField("nombre", .text, required: true), DataField("puesto", .text)]))),
        DataField(
            "sesiones",
            .list(
                .record([
                    DataField("sesion", .number(1...99), required: true),
                    DataField("fecha", .date, required: true),
                    DataField("inicio", .time, required: true),
                    DataField("lugar", .text),
                    DataField("modalidad", .choice(Modality.allCases.map(\.rawValue)), required: true),
                ]))),
    ])

    /// The 5R matrix, one CSV row per actor.
    public static let actorColumns = [
        DataField("id", .text, required: true),
        DataField("actor", .text, required: true),
        DataField("sector", .choice(sectors), required: true),
        DataField("tipo", .choice(["formal", "informal"]), required: true),
        DataField("roles", .separated(max: 3)),
        DataField("recurso", .text),
        DataField("relacion", .choice(relations), required: true),
        DataField("reglas", .text),
        DataField("resultado", .choice(actorResults), required: true),
        DataField("notas", .text),
    ]

    private static let texts = DataSchema.list(.text)
    private static let assessment = DataSchema.record([
        DataField("valoracion", .choice(assessments)), DataField("notas", .text),
    ])

    /// One potential ally with its whole Ruta Crítica.
    public static let ally = DataSchema.record([
        DataField("actor", .text, required: true),
        DataField(
            "recursos",
            .record([DataField("organizacion", texts), DataField("aliado", texts), DataField("comunes", texts)])),
        DataField(
            "construccion",
            .record([
                DataField("interes", .text), DataField("oferta", .text), DataField("concesiones", texts),
                DataField("beneficios", texts),
            ])),
        DataField(
            "due_diligence",
            .record(dueDiligenceCriteria.map { DataField($0, assessment) } + [DataField("conclusion", .text)])),
        DataField(
            "implementacion",
            .record([
                DataField("networking", .text),
                DataField("difusion", texts),
                DataField("presentacion", .text),
                DataField("mou", .record(mouPoints.map { DataField($0, .flag) })),
                DataField("comunicacion", .text),
                DataField(
                    "pendientes",
                    .list(
                        .record([
                            DataField("tarea", .text, required: true), DataField("responsable", .text),
                            DataField("fecha", .date),
                        ]))),
            ])),
        DataField(
            "evaluacion",
            .record([
                DataField("reporte", .text), DataField("periodicidad", .choice(["semestral", "anual"])),
                DataField("responsable", .text), DataField("fecha", .date), DataField("llenado", .text),
            ])),
        DataField(
            "sustentabilidad",
            .record([
                DataField("mantener_relacion", .text),
                DataField("ruta_de_cierre", .text),
                DataField(
                    "obstaculos",
                    .list(.record([DataField("obstaculo", .text, required: true), DataField("lineamiento", .text)]))),
            ])),
    ])

    private static let judgedStrategies = DataSchema.list(
        .record([DataField("estrategia", .text, required: true), DataField("por_que", .text)]))

    public static let strategies = DataSchema.record([
        DataField(
            "lineas_de_accion",
            .list(
                .record([
                    DataField("id", .text, required: true),
                    DataField("nombre", .text, required: true),
                    DataField("funcionaron", judgedStrategies),
                    DataField("no_funcionaron", judgedStrategies),
                    DataField("agregar", texts),
                ])),
            required: true),
        DataField(
            "transversales",
            .list(
                .record([
                    DataField("id", .text, required: true),
                    DataField("nombre", .text, required: true),
                    DataField("lineas", texts),
                    DataField("situacion", .choice(["funciona", "no ha funcionado", "por agregar"])),
                ]))),
        DataField("votos", .tally),
    ])

    public static let resultsMap = DataSchema.record([
        DataField(
            "estrategias",
            .list(
                .record([
                    DataField("estrategia", .text, required: true),
                    DataField(
                        "aliados",
                        .list(
                            .record([
                                DataField("aliado", .text, required: true),
                                DataField("objetivo", .text),
                                DataField("corto_plazo", texts),
                                DataField("mediano_plazo", texts),
                                DataField("largo_plazo", texts),
                                DataField(
                                    "siguientes_pasos",
                                    .list(
                                        .record([
                                            DataField("accion", .text, required: true),
                                            DataField("responsable", .text),
                                            DataField("fecha", .date),
                                        ]))),
                            ]))),
                ])),
            required: true),
        DataField("conclusiones", .text),
    ])

    public static let workPlanColumns = [
        DataField("numero", .outline, required: true),
        DataField("actividad", .text, required: true),
        DataField("responsables", .text),
        DataField("equipo", .text),
        DataField("producto", .text),
        DataField("meses", .months, required: true),
    ]
}
