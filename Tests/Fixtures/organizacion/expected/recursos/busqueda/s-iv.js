window.LIBRO_BUSQUEDA.recibir("s-iv",["activ","archiv","conflictiv","corporativ","descriptiv","efectiv","negativ","objetiv","positiv"]);
