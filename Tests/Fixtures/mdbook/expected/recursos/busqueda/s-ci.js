window.LIBRO_BUSQUEDA.recibir("s-ci",["superfici"]);
