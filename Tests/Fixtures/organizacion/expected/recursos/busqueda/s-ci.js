window.LIBRO_BUSQUEDA.recibir("s-ci",["benefici","convivenci","distanci","espaci","gerenci","inici","preci","referenci","soci"]);
