window.LIBRO_BUSQUEDA.recibir("s-ul",["articul","capitul"]);
