window.LIBRO_BUSQUEDA.recibir("s-em",["sistem"]);
