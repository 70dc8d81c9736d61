window.LIBRO_BUSQUEDA.recibir("s-ar",["cascar","preparar","sembrar"]);
