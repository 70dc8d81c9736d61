window.LIBRO_BUSQUEDA.recibir("s-ad",["actividad","aliad","avanzad","capacidad","declarad","esperad","modalidad","organizad","recomendad","sociedad"]);
