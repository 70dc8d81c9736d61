window.LIBRO_BUSQUEDA.recibir("s-ar",["formar","practicar","preparar","webinar"]);
