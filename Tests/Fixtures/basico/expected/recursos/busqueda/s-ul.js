window.LIBRO_BUSQUEDA.recibir("s-ul",["capitul"]);
